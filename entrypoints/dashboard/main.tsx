import { render } from 'preact';
import '@/assets/page.css';
import { Dashboard } from '@/components/dashboard/Dashboard';

render(<Dashboard />, document.getElementById('app')!);
