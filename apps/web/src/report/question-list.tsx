import type { Question } from '@prepkit/shared';

/** Questions with the interviewer's intention and a model answer, folded until opened. */
export const QuestionList = ({
  id,
  title,
  questions,
}: {
  id: string;
  title: string;
  questions: Question[];
}) => (
  <section aria-labelledby={id} className="card">
    <h2 id={id}>{title}</h2>
    <ol className="questions">
      {questions.map((q) => (
        <li key={`${id}-${q.question}`}>
          <p className="question">{q.question}</p>
          <details>
            <summary>Why it is asked, and a model answer</summary>
            <p>
              <strong>Intention:</strong> {q.intention}
            </p>
            <p>
              <strong>Model answer:</strong> {q.answer}
            </p>
          </details>
        </li>
      ))}
    </ol>
  </section>
);
