import { render } from 'preact';
import '@/assets/page.css';
import { Popup } from '@/components/popup/Popup';

render(<Popup />, document.getElementById('app')!);
