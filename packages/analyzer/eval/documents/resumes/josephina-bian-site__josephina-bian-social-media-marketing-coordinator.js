const positions = [
  {
    company: 'UniUni Inc.',
    position: 'Strategic Planning Analyst',
    link: 'https://www.uniuni.com/',
    daterange: 'MAy 2023 - Present',
    points: [
      'Conducted research, gathered data, and performed in-depth analysis to assess market trends, competitor landscape and industry dynamics',
      'Led a cross-functional team and collaborate with senior management to develop business partnerships with Firefly Media',
    ],
  },
  {
    company: 'Chihuo Marketing Agency',
    position: 'Social Media Strategist',
    link: 'https://en.thechihuo.com/about-us/',
    daterange: 'March 2023 - Present',
    points: [
      'Created media content for over 20 WeChat and XiaoHongShu accounts across 16 cities in North Amercia, which garnered over 160 millions active followers',
      'Analyzed, reported and improved social media performance by monitoring social media metrics and analytics',
      'Developed and execute paid search & social media campaigns to increase brand awareness, reach and engagement. Define target audience, set campaign objectives, create ad copy and visuals, and monitor campaign performance. Optimize campaigns based on data insights to maximize results',
      'Collaborated with other teams within the organization to ensure social media strategies align with overall marketing and business objectives',
    ],
  },
  {
    company: 'Yuanheng Holdings Ltd.',
    position: 'Social Media Coordinator',
    link: 'http://yuanheng.ca/en/',
    daterange: 'January 2021 - April 2022',
    points: [
      'Launched the official website and created media content on social media including Facebook, Instagram, LinkedIn and WeChat increasing engagement by 900 new subscribers',
      'Analyzed marketing data on emerging real estate industry trends and used Tableau and Excel for data visualization',
      'Monitored all marketing channels, analyzed social media campaign performance through marketing key performance indicators and provided performance reporting and recommendations for optimization',
      'Managed consumer engagement and responded to consumer feedback through multiple social media platforms',
      'Designed and photoshopped visual content for both digital media and print media, including social media updates and the large poster on the front of the building',
    ],
  },
  {
    company: 'UniUni Inc.',
    position: 'Marketing Coordinator',
    link: 'https://www.uniuni.com/',
    daterange: 'April 2019 - December 2019',
    points: [
      'Developed and updated written materials for internal use (user guides, training material, etc.) and external use (web contents, pitch news articles, client-facing and investor-facing presentations)',
      "Designed media kits (brochure, business card, and corporate shirt) by using InDesign and Photoshop to promote the company and culture by using visual elements and slogans to shed light on the brand's attention to customer service",
      'Collected marketing data and analyzed local e-commerce marketing to identify patterns, trends and insights for potential business partnerships and market expansion opportunities',
      'Developed marketing reports and conducted presentations for senior management to review campaign performance',
    ],
  },

];

export default positions;
