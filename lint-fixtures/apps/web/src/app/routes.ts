export const routes = { home: '/' };
