import type { PlanDay } from '@prepkit/shared';
import { useMemo, useState } from 'react';
import { browserStorage, createPlanStore, taskKey, toggleTask } from './plan-store.ts';

/** The day-by-day plan as checkboxes; the ticks are kept in this browser, per report. */
export const PlanChecklist = ({ reportId, plan }: { reportId: string; plan: PlanDay[] }) => {
  const store = useMemo(() => createPlanStore(browserStorage()), []);
  const [done, setDone] = useState<Set<string>>(() => store.load(reportId));
  const toggle = (key: string) => {
    const next = toggleTask(done, key);
    store.save(reportId, next);
    setDone(next);
  };
  return (
    <section aria-labelledby="plan-title" className="card">
      <h2 id="plan-title">Preparation plan</h2>
      <p className="muted">Tick what you have done; your ticks are saved in this browser.</p>
      {plan.map((day) => {
        const count = day.tasks.filter((_, i) => done.has(taskKey(day.day, i))).length;
        return (
          <fieldset key={day.day} className="plan-day">
            <legend>
              Day {day.day}: {day.focus}{' '}
              <span className="muted">
                ({count} of {day.tasks.length} done)
              </span>
            </legend>
            <ul className="tasks">
              {day.tasks.map((task, i) => {
                const key = taskKey(day.day, i);
                const id = `task-${day.day}-${i}`;
                return (
                  <li key={key}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={done.has(key)}
                      onChange={() => toggle(key)}
                    />
                    <label htmlFor={id}>{task}</label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </section>
  );
};
