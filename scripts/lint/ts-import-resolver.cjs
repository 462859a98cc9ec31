// An import resolver (eslint-plugin-import's interface v2) for eslint-plugin-boundaries: finds the
// TypeScript file behind a relative import as tsc does — the API writes ESM `./x.js` for `./x.ts`,
// the web imports a folder for its index.ts. Anything else (packages) is left to be external.
const fs = require('node:fs');
const path = require('node:path');

const isFile = (candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;

exports.interfaceVersion = 2;

exports.resolve = (source, file) => {
  if (!source.startsWith('.')) return { found: false };
  const target = path.resolve(path.dirname(file), source);
  const stem = target.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [
    target,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${target}.ts`,
    `${target}.tsx`,
    path.join(target, 'index.ts'),
    path.join(target, 'index.tsx'),
  ];
  const found = candidates.find(isFile);
  return found ? { found: true, path: found } : { found: false };
};
