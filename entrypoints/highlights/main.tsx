import { render } from 'preact';
import '../../components/highlights.css';
import './highlights-page.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
