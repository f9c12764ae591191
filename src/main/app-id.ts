/**
 * The app's id, as `appId` in electron-builder.yml: Windows shows notifications, taskbar grouping and the Start
 * menu shortcut under it (app.setAppUserModelId). A shell test keeps the two equal.
 */
export const APP_USER_MODEL_ID = 'app.hearth.desktop';
