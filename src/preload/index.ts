import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';
import { buildMenuBridge } from './menu-bridge';

contextBridge.exposeInMainWorld('hearth', buildBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
contextBridge.exposeInMainWorld('hearthMenu', buildMenuBridge(ipcRenderer));
