import { database } from '@/utils/tracking/db';
import { countPosts, recentPosts } from '@/utils/tracking/posts';
import { SeenCount } from './SeenCount';
import { useLiveQuery } from './useLiveQuery';

export function Dashboard() {
  const count = useLiveQuery(() => countPosts(database()));
  const recent = useLiveQuery(() => recentPosts(database(), 20));
  return (
    <main style={{ maxWidth: '960px', margin: '0 auto', padding: '24px' }}>
      <h1>Firebreak dashboard</h1>
      <SeenCount count={count} />
      <h2>Latest posts</h2>
      {recent.status === 'ready' && recent.value.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Platform</th>
              <th scope="col">Author</th>
              <th scope="col">Sentiment</th>
              <th scope="col">Post</th>
            </tr>
          </thead>
          <tbody>
            {recent.value.map((post) => (
              <tr key={`${post.platform}:${post.postId}`}>
                <td>{post.platform}</td>
                <td>{post.author ?? '—'}</td>
                <td>{post.sentiment}</td>
                <td>{post.permalink ? <a href={post.permalink}>{post.excerpt}</a> : post.excerpt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">Posts appear here as you browse.</p>
      )}
    </main>
  );
}
