// Everything the app shell needs from storage, behind one dynamic import (see loadRepo):
// idb and the case code stay out of the initial JavaScript and load right after first paint.
export { addCases, caseRepo, deleteCase, getAllCases, getCase, listCases, saveCase } from './cases';
export { deleteDatabase, onVersionChange } from './db';
export { newCase } from './restore';
export { asCopy } from './backup';
export { askPersistenceOnce, getSetting, getSettings, setSetting } from './settings';
export { changePassphrase, lock, lockState, setLock, unlock, backupKey } from './vault';
