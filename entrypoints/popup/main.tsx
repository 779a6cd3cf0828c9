import { render } from 'preact';
import '@/assets/page.css';
import { Popup } from '@/components/Popup';

render(<Popup />, document.getElementById('app')!);
