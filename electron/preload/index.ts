// Runs sandboxed with context isolation: it may use only `contextBridge` and `ipcRenderer`, and is
// bundled to CommonJS (out/preload/index.cjs) because a sandboxed preload cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('redaksi', createBridge(ipcRenderer));
