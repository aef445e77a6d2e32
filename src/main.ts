import './startAtStep.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

/** The page's single Svelte root. */
export default mount(App, { target: document.getElementById('app')! });
