// Root reads and writes every file whatever its mode; the user nobody is refused as any other user
// would be. Only the effective user changes, and back to root before the test goes on (vitest runs
// each test file in a process of its own, so no other file's work runs meanwhile).
const NOBODY = 65534;

const actAs = (uid: number): void => {
  if (process.seteuid === undefined) throw new Error('These tests need a POSIX system (process.seteuid).');
  process.seteuid(uid);
};

/** Runs `work` as the user nobody, for a real EACCES where file modes refuse it. */
export async function asNobody<T>(work: () => T | Promise<T>): Promise<T> {
  actAs(NOBODY);
  try {
    return await work();
  } finally {
    actAs(0);
  }
}
