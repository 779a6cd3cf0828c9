import { render } from 'preact';
import '@/assets/page.css';
import { Options } from '@/components/options/Options';

render(<Options />, document.getElementById('app')!);
