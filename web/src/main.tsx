import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import { App } from './App';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
// The active language's messages first (one small chunk), so no raw keys ever flash.
void i18nReady
  .catch((error: unknown) => console.error('loading the messages failed', error))
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
