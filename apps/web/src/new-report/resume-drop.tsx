import { type DragEvent, useId, useState } from 'react';
import { formatBytes } from '../ui/format.ts';
import { UploadIcon } from '../ui/icons.tsx';

export interface ResumeDropProps {
  file: File | null;
  error?: string | undefined;
  onChange(file: File | null): void;
}

/** A resume picker: drop a file on it, or open the file dialog (it is a real file input). */
export const ResumeDrop = ({ file, error, onChange }: ResumeDropProps) => {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChange(dropped);
  };
  return (
    <div className="field">
      <span className="label" id={`${id}-label`}>
        Resume <span className="optional">(PDF or DOCX, up to 5 MiB)</span>
      </span>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut for pointer users; the file input inside is the keyboard path */}
      <div
        className={`drop-zone${over ? ' drop-zone-over' : ''}${error ? ' drop-zone-invalid' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <UploadIcon />
        <label htmlFor={id} className="drop-zone-label">
          {file ? 'Choose another file' : 'Drop your resume here or choose a file'}
        </label>
        <input
          id={id}
          type="file"
          name="resume"
          className="visually-hidden-input"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-labelledby={`${id}-label ${id}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
        {file && (
          <p className="file-chosen">
            <span className="file-name">{file.name}</span> ({formatBytes(file.size)}){' '}
            <button type="button" className="link-button" onClick={() => onChange(null)}>
              Remove
            </button>
          </p>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
};
