/** Bundle-size sensitive: the storage code loads on first use, not with the app shell. */
export const loadRepo = () => import('./repo');
