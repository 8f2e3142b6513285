import { describe, expect, it } from 'vitest';
import { parseJobDescription } from '../src/index.ts';
import { blankPageMarkup } from '../src/jd/page-markup.ts';

const skillsOf = (text: string): string[] => parseJobDescription(text).skills.map((s) => s.skill);

describe('a posting saved as a web page or its source', () => {
  it('when markup is blanked, then the text keeps its length and line breaks', () => {
    const page =
      '<div class="a"\n  markdown="1">Python</div>\n<!-- Git -->\n<script src="x.js"></script>';
    const blanked = blankPageMarkup(page);
    expect(blanked.length).toBe(page.length);
    expect(blanked.split('\n').length).toBe(page.split('\n').length);
    expect(blanked).toContain('Python');
    expect(blanked).not.toMatch(/div|markdown|Git|script/);
  });

  it('when template comments, scripts and tag attributes name tools, then none of them is a skill', () => {
    const page = [
      '---',
      '# If you are editing this file on GitHub, keep the Markdown as it is.',
      'title: Data Analyst',
      '---',
      '{% comment %} Use Excel for the salary table. {% endcomment %}',
      '<script async src="https://www.example.com/gtag/js?id=UA-1"></script>',
      '<div class="usa-prose" markdown="1">',
      '<p>Requirements: SQL and Python.</p>',
      '</div>',
    ].join('\n');
    const skills = skillsOf(page);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    for (const markup of ['GitHub', 'Markdown', 'Excel', 'Google Analytics']) {
      expect(skills).not.toContain(markup);
    }
  });

  it('when a salary block is followed by an HTML heading of no known kind, then the text under it is read again', () => {
    const page = [
      '<p><strong>Salary Range:</strong>',
      'GS-15 $106,595 to $138,572</p>',
      '<h2 id="role-summary">Role Summary:</h2>',
      '<p>You will automate penetration testing on our Kubernetes clusters.</p>',
    ].join('\n');
    expect(skillsOf(page)).toEqual(expect.arrayContaining(['Penetration Testing', 'Kubernetes']));
  });

  it('when a benefits list names the Thrift Savings Plan, then Thrift is no skill', () => {
    expect(
      skillsOf('Benefits we like: health insurance and the Thrift Savings Plan.'),
    ).not.toContain('Thrift');
  });
});

describe('a page kept as source code, its module imports (1.8.376)', () => {
  it('when a page imports a site package, then the package is no skill', () => {
    const page = [
      'import React from "react";',
      'import Link from "gatsby-link";',
      '',
      'export default function MarketingManager() {',
      '  return <p>You will grow our organic search traffic with SEO.</p>;',
      '}',
    ].join('\n');
    const skills = skillsOf(page);
    expect(skills).toContain('SEO');
    expect(skills).not.toContain('Gatsby');
  });

  it('when the text itself names the package, then it is still found', () => {
    expect(skillsOf('import Head from "next/head";\n\nWe build our site with Gatsby.\n')).toContain(
      'Gatsby',
    );
  });
});
