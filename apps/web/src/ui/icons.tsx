/** Icons drawn inline (bundled: no font or image request), hidden from assistive technology. */
const Svg = ({ d }: { d: string }) => (
  <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      d={d}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const UploadIcon = () => (
  <Svg d="M12 16V4m0 0-5 5m5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" />
);
export const DownloadIcon = () => <Svg d="M12 4v12m0 0-5-5m5 5 5-5M4 20h16" />;
export const PrintIcon = () => <Svg d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />;
export const TrashIcon = () => <Svg d="M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13" />;
export const CheckIcon = () => <Svg d="m5 12 5 5 9-10" />;
