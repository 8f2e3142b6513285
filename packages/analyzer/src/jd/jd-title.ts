/** The role title: the given one, else the posting's first short line, else "looking for a X". */
export const deriveJdTitle = (title: string, text: string): string => {
  const given = title.trim();
  if (given.length > 0) return given;
  const lead =
    /(?:looking for|seeking|hiring|buscamos)\s+(?:an?\s+|un[ao]?\s+)?(?:talented\s+|skilled\s+|highly skilled\s+)?([A-Z][\w/+#.-]*(?:\s+[A-Z(][\w/+#.()-]*){0,5})/.exec(
      text,
    );
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^job description:\s*/i, '').trim();
    if (line.length === 0) continue;
    if (line.length <= 80 && line.split(/\s+/).length <= 10 && !/[.!?]$/.test(line)) return line;
    // "Frontend Engineer. Requirements: ..." - a short first sentence names the role.
    const first = /^([^.!?:]{3,60})[.!?:]\s/.exec(line)?.[1]?.trim();
    if (first && first.split(/\s+/).length <= 6 && !lead) return first;
    break;
  }
  return lead?.[1]?.trim() ?? '';
};
