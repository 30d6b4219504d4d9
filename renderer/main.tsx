import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installTextFieldUndo } from './app/textFieldUndo';
import './styles/app.css';
import './styles/list.css';
import './styles/editor.css';
import './styles/pages.css';
import './styles/sources.css';
import './styles/photos.css';
import './styles/reflow.css';
import './styles/forced-colors.css';

installTextFieldUndo();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
