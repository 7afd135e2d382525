import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from "node:fs";

/**
 * The file-system calls {@link writeFileAtomic} makes, gathered in one object so that a test can
 * replace one of them (a `writeSync` that writes half of what it is given, a disk that fills up)
 * without a full disk or a mocked module.
 */
export const fsOps = {
  openSync: (path: string, flags: string, mode: number): number => openSync(path, flags, mode),
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number): number => writeSync(fd, buffer, offset, length),
  fsyncSync: (fd: number): void => fsyncSync(fd),
  closeSync: (fd: number): void => closeSync(fd),
  renameSync: (from: string, to: string): void => renameSync(from, to),
  unlinkSync: (path: string): void => unlinkSync(path),
  readdirSync: (path: string): string[] => readdirSync(path),
};
