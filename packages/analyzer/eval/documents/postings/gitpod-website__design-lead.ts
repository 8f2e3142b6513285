  {
    title: "Design Lead",
    intro: `Developer tools require a style and feel to win developers both from a functional and emotional angle. Help us institutionalise design as a key part of Gitpod.`,
    paragraphs: `We are a highly-motivated, fully-remote team, organized in a flat hierarchy, and led by technical founders. We love open-source, have started and lead many popular open-source projects, and contribute to many others.
  We celebrate diversity and strive for an equal, inclusive, empathetic and welcoming environment. Bringing diversity to the team is a big plus. If you are part of a marginalised community, and are not sure if you should apply, please get in touch.`,
    lists: [
      {
        title: "As part of the team you will ...",
        items: [
          "Build a brand around developer experience. Enhance our brand identity and establish a visual language to embody the tone of a product that delights developers.",
          "Produce clear guidelines and art direction. Work on producing designs and commissioning illustrations that shape Gitpod`s identity both on the website and product.",
          "Create and evolve our design system. Closely collaborating with @georgtsiolis you will implement and evolve our design system from scratch. Minimalistic and delightful components that give Gitpod a consistent look and feel.",
          "Establish a design culture within Gitpod. Design is a key part of the company. You will work cross-functionally and shape the overall design direction of Gitpod. This also includes helping with hiring as the company grows.",
          "Co-own the product and work self-directed. We`re still a small team of individual creators. Everybody has autonomy and responsibility. Create flows, prototypes, and high-fidelity visuals, where you think it makes sense.",
          "Work with the community and in the open. Our DNA is deeply rooted in open source and we are building Gitpod in public. We expect the same from you.",
        ],
      },
      {
        title: "What we need",
        items: [
          "You share our values. We are developer-led and aim for a frictionless experience when interacting with our product, our company and our brand: no hurdles, no BS, no unnecessary extra steps. We are open minded, inclusive, transparent and curious. We always remain students of the game, not masters of the game. We have opinions, but are not opinionated. We integrate, don`t dictate.",
          "You love creating meaningful products. Developers architect our future. Gitpod democratises software development by making it more accessible to all developers.  Ready-to-code, cloud-based development environments streamline how software is written today.",
          "You have built design systems and designed interactive applications. We expect a broad set of design skills. As you will be in charge of setting the standard, we are looking for humans who have worked in cross-functional product teams and created interactive products and applications.",
          "You`re highly productive while designing best-in class UI. You are entrepreneurial and break down big projects in small deliverables and move fast based on user feedback. You prefer simple solutions and know when to improve something.",
          "You have empathy for developers. Gitpod is developed by developers for developers. Preferably, you designed developer tools before and feel familiar with their workflows.",
          "You like to establish a brand and culture. Gitpod isn`t just some tool. We want to build a brand around developer experience and productivity that developers fall in love with. We are also human beings and want to create a long-lasting empathetic and diverse culture that stands for something good.",
        ],
      },
      {
        title: "Our stack:",
        items: [
          "Figma. You will built with Figma, using components and variants to keep all our design documents in sync and consistent. ",
          "JS/TS for the web. We use Svelte for our website and deploy it with Netlify.",
          "Browser-based productivity tools for the rest. Gitpod for development, GitHub for issue tracking and as git hoster, Slack for comms, Notion as our virtual HQ, Pitch for slides, Loom for screencasts and a few others.",
        ],
      },
      {
        title: "We're about balance",
        items: perks.map((perk) => perk.title),
      },
    ],
    textAfterTheLists: "",
    rendered: false,
    date: "2021-01-26T14:00:00.000Z",
  },
