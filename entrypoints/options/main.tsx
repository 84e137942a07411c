import { render } from 'preact';
import './options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
