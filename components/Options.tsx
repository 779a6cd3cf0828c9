export function Options() {
  return (
    <main style={{ maxWidth: '720px', margin: '0 auto', padding: '24px' }}>
      <h1>Firebreak settings</h1>
      <p class="muted">
        Firebreak reads posts on the social platforms you open and analyses them on this device. Nothing is sent
        anywhere unless you turn on a feature that says so.
      </p>
    </main>
  );
}
