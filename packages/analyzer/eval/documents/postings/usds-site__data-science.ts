    {
      title: "Data science",
      summary:
        "Turn operational data into decisions that reduce risk, improve service delivery, and surface inequities.",
      skills: [
        "Statistical analysis",
        "Data engineering",
        "Modeling and forecasting",
        "Policy analytics",
      ],
      location: "Washington, DC metro",
      tour: "2-4 years",
      tone: "amber",
      applyHref: "/apply",
      details: {
        mission:
          "Turn fragmented operational data into evidence that improves outcomes and reduces systemic risk.",
        impact:
          "Your analysis informs major delivery decisions, program integrity controls, and equitable access strategies.",
        responsibilities: [
          "Design decision-grade analyses for service performance, fraud risk, and user outcomes.",
          "Build reliable data pipelines and shared metrics with agency teams.",
          "Develop transparent models and forecasts suitable for policy-sensitive environments.",
          "Present insights clearly to leaders making high-consequence tradeoffs.",
        ],
        profile: [
          "Experience delivering analytics products in operational or public-interest contexts.",
          "Strong statistical judgment and disciplined approach to uncertainty.",
          "Ability to communicate methods, limitations, and implications with precision.",
        ],
      },
    },
