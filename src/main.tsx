import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/newsreader/400.css';
import '@fontsource/newsreader/400-italic.css';
import '@fontsource/newsreader/600.css';
import '@fontsource/newsreader/700.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import './index.css';
import { App } from './app/App';
import { startRouter } from './app/startRouter';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Not a top-level await: the route chunks import this entry chunk, and would wait for it.
void startRouter().then((router) =>
  // A transition: React renders the first screen in slices of a few milliseconds instead of
  // one long task, so a slow phone's main thread stays responsive (Lighthouse's total
  // blocking time).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    ),
  ),
);
