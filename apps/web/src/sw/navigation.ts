/**
 * Navigations the app shell never answers: the API and the professionals' workspace (its code is not even
 * precached: the workspace needs the network anyway and never lands on people's phones).
 */
export const NAVIGATION_DENYLIST: RegExp[] = [/^\/api\//, /^\/pro(\/|$|\.html)/];
