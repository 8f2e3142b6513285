import type { Question } from '@prepkit/shared';
import { useEffect, useRef, useState } from 'react';

export interface PracticeQuestion extends Question {
  kind: 'Technical' | 'Behavioral';
}

/** One question at a time; the answer stays hidden until asked for. */
export const PracticeMode = ({
  questions,
  onClose,
}: {
  questions: PracticeQuestion[];
  onClose(): void;
}) => {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const q = questions[index];
  if (!q) return null;
  const go = (next: number) => {
    setIndex(next);
    setRevealed(false);
    heading.current?.focus();
  };
  return (
    <section aria-labelledby="practice-title" className="card practice">
      <h2 id="practice-title" ref={heading} tabIndex={-1}>
        Practice: question {index + 1} of {questions.length}
      </h2>
      <p className="muted">{q.kind}</p>
      <p className="practice-question">{q.question}</p>
      {revealed ? (
        <div className="practice-answer">
          <p>
            <strong>Why it is asked:</strong> {q.intention}
          </p>
          <p>
            <strong>A strong answer:</strong> {q.answer}
          </p>
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setRevealed(true)}>
          Show the answer
        </button>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={index === questions.length - 1}
          onClick={() => go(index + 1)}
        >
          Next question
        </button>
        <button type="button" className="button" onClick={onClose}>
          End practice
        </button>
      </div>
    </section>
  );
};
