export const thing = 'alpha';
