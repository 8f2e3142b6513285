import { describe, expect, it } from 'vitest';
import {
  createPlanStore,
  type KeyValueStorage,
  taskKey,
  toggleTask,
} from '../src/report/plan-store.ts';

/** Web Storage's contract over a Map (what localStorage does, minus the browser). */
const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
};

describe('the plan checklist store', () => {
  it('when tasks are ticked and the page is loaded again, then the same ticks come back for that report only', () => {
    const storage = memoryStorage();
    const first = createPlanStore(storage);
    let done = first.load('report-a');
    done = toggleTask(done, taskKey(1, 0));
    done = toggleTask(done, taskKey(2, 1));
    first.save('report-a', done);

    const reloaded = createPlanStore(storage);
    expect([...reloaded.load('report-a')].sort()).toEqual(['1:0', '2:1']);
    expect(reloaded.load('report-b').size).toBe(0);
  });

  it('when a task is ticked twice, then it is unticked, and an empty plan leaves nothing stored', () => {
    const storage = memoryStorage();
    const store = createPlanStore(storage);
    const once = toggleTask(new Set(), '1:0');
    store.save('r', once);
    expect(storage.data.size).toBe(1);
    const twice = toggleTask(once, '1:0');
    expect(once.has('1:0')).toBe(true); // the input set is left alone
    store.save('r', twice);
    expect(storage.data.size).toBe(0);
  });

  it('when the stored value is corrupt or storage is unavailable, then nothing is ticked and nothing throws', () => {
    const storage = memoryStorage();
    storage.setItem('prepkit:plan:r', '{not json');
    expect(createPlanStore(storage).load('r').size).toBe(0);
    storage.setItem('prepkit:plan:r', JSON.stringify({ v: 1, done: ['<img src=x>'] }));
    expect(createPlanStore(storage).load('r').size).toBe(0);
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(createPlanStore(throwing).load('r').size).toBe(0);
    expect(() => createPlanStore(throwing).save('r', new Set(['1:0']))).not.toThrow();
    expect(createPlanStore(null).load('r').size).toBe(0);
  });

  it('when a report is deleted, then its ticks are forgotten', () => {
    const storage = memoryStorage();
    const store = createPlanStore(storage);
    store.save('r', new Set(['1:0']));
    store.forget('r');
    expect(store.load('r').size).toBe(0);
  });
});
