import type { InterviewReport, Severity } from '@prepkit/shared';

const COMPONENTS = [
  ['requiredCoverage', 'Required skills covered'],
  ['preferredCoverage', 'Preferred skills covered'],
  ['experienceFit', 'Experience fit'],
  ['titleFit', 'Title fit'],
] as const;

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];
const SEVERITY_TEXT: Record<Severity, string> = {
  high: 'High: prepare first',
  medium: 'Medium',
  low: 'Low',
};

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The score, what it is made of, and the evidence behind each matched skill. */
export const ScoreSection = ({ report }: { report: InterviewReport }) => {
  const analysis = report.analysis;
  return (
    <section aria-labelledby="score-title" className="card">
      <h2 id="score-title">Match</h2>
      <div className="score-row">
        <p className="score">
          <span className="visually-hidden">Match score </span>
          <span className="score-value">{report.matchScore}</span>
          <span className="score-max" aria-hidden="true">
            /100
          </span>
          <span className="visually-hidden"> out of 100</span>
        </p>
        {analysis && (
          <dl className="breakdown">
            {COMPONENTS.map(([key, label]) => (
              <div key={key} className="breakdown-row">
                <dt>{label}</dt>
                <dd>
                  <meter min={0} max={1} value={analysis.scoreBreakdown[key]} aria-label={label} />{' '}
                  {pct(analysis.scoreBreakdown[key])}{' '}
                  <span className="muted">
                    (weight {pct(analysis.scoreBreakdown.weights[key])})
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      {analysis && analysis.matchedSkills.length > 0 && (
        <>
          <h3>Matched skills and the evidence from your resume</h3>
          <ul className="evidence-list">
            {analysis.matchedSkills.map((m) => (
              <li key={m.skill}>
                <strong>{m.skill}</strong>
                <blockquote className="evidence">{m.evidence}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {analysis && analysis.missingSkills.length > 0 && (
        <>
          <h3>Missing skills</h3>
          <ul className="chips">
            {analysis.missingSkills.map((s) => (
              <li key={s} className="chip">
                {s}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.skillGaps.length > 0 && (
        <>
          <h3>Skill gaps by severity</h3>
          {SEVERITY_ORDER.map((severity) => {
            const gaps = report.skillGaps.filter((g) => g.severity === severity);
            if (gaps.length === 0) return null;
            return (
              <div key={severity} className={`gap-group gap-${severity}`}>
                <h4>{SEVERITY_TEXT[severity]}</h4>
                <ul className="chips">
                  {gaps.map((g) => (
                    <li key={g.skill} className="chip">
                      {g.skill}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
};
