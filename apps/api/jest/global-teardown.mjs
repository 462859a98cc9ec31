export default async function globalTeardown() {
  await globalThis.weaveTestDatabase?.stop();
}
