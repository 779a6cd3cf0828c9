import { render } from 'preact';
import '@/assets/page.css';
import { Dashboard } from '@/components/Dashboard';

render(<Dashboard />, document.getElementById('app')!);
