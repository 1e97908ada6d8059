// First, so that the catalog's download starts before the rest of the code is evaluated.
import './earlyRequest.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// In a task of its own: the one that evaluates the app's code is long enough on a slow phone already.
setTimeout(() => mount(App, { target: document.getElementById('app')! }), 0);
