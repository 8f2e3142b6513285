import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * The folder where one API process's multipart files wait on disk while they arrive: private to
 * the process (0700, files 0600), removed when the process closes. A process that crashed
 * leaves its folder behind; the next API started on the same base folder removes it.
 */
export interface UploadFolder {
  /** Absolute path of this process's private folder. */
  readonly dir: string;
  /** Removes the folder and whatever is still in it. */
  close(): Promise<void>;
}

const FOLDER_PREFIX = 'api-';

/** True while a process with this pid exists (EPERM: it exists, owned by someone else). */
const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the folders of API processes that are gone; never a live process's folder. */
const sweepDeadFolders = async (root: string): Promise<string[]> => {
  const removed: string[] = [];
  for (const name of await readdir(root)) {
    const pid = Number(name.slice(FOLDER_PREFIX.length).split('-')[0]);
    if (!name.startsWith(FOLDER_PREFIX) || !Number.isInteger(pid) || pid <= 0) continue;
    if (pid === process.pid || isAlive(pid)) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
};

export interface UploadFolderOptions {
  /** UPLOAD_TMP_DIR: the base folder; the OS temp folder when unset. */
  baseDir?: string | undefined;
  /** Told which crashed processes' folders were removed. */
  onSwept?: (names: string[]) => void;
}

/** Creates this process's private upload folder, after sweeping those of dead processes. */
export const createUploadFolder = async (
  options: UploadFolderOptions = {},
): Promise<UploadFolder> => {
  const root = join(options.baseDir ?? tmpdir(), `prepkit-uploads-${userInfo().uid}`);
  await mkdir(root, { recursive: true, mode: 0o700 });
  await chmod(root, 0o700);
  const swept = await sweepDeadFolders(root);
  if (swept.length > 0) options.onSwept?.(swept);
  const dir = join(root, `${FOLDER_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { mode: 0o700 });
  return {
    dir,
    close: () => rm(dir, { recursive: true, force: true }),
  };
};
