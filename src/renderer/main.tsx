import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext, createApi } from './api/client';
import { App } from './app/App';
import { MissingToken } from './app/MissingToken';
import './styles/base.css';
import './styles/layout.css';
import './styles/editor.css';
import './styles/citations.css';
import './styles/review.css';
import './styles/compliance.css';
import './styles/transfer.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const api = createApi();

createRoot(root).render(
  <StrictMode>
    {api ? (
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    ) : (
      <MissingToken />
    )}
  </StrictMode>,
);
