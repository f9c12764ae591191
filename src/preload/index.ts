import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('hearth', buildBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
