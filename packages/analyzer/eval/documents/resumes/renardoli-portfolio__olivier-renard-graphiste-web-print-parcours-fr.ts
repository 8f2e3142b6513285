export const timeline = [
  {
    date: '2024 - 2025',
    title: 'Titre pro. DWWM',
    subtitle: "O'Clock",
    type: 'formation',
    description: [
      "Formation intensive axée sur le développement d'applications web, couvrant les aspects front-end et back-end.",
      'Intégration des bonnes pratiques de développement : Git/Github, environnement, tests, documentation et déploiement continu.',
      "Réalisation d'un projet fullstack concret en équipe (SkillSwap), favorisant l'apprentissage collaboratif et la gestion de projet agile.",
      'Approfondissement des compétences en développement front-end, back-end et devops.',
    ],
  },
  {
    date: '2015 - 2024',
    title: 'Graphiste Web & Print',
    subtitle: 'Freelance',
    type: 'travail',
    description: [
      'Réalisation de maquettes web sur mesure orientées utilisateur et conformes aux standards UI/UX.',
      "Conception d'identités visuelles cohérentes avec les objectifs de marque pour TPE/PME locales.",
      'Gestion autonome de projets clients : cadrage, livrables, délais, relation de confiance.',
      'Développement de compétences transverses : rigueur, sens du détail, autonomie dans la planification et la livraison.',
    ],
  },
  {
    date: '2011 - 2015',
    title: 'Co-gérant',
    subtitle: 'SARL Klic iT',
    type: 'travail',
    description: [
      "Création et gestion d'une agence de communication digitale spécialisée dans le webdesign et le développement web.",
      "Conception et réalisation de sites web sur mesure pour TPE/PME locales, avec une approche centrée sur l'utilisateur.",
      'Gestion de la relation client, des devis à la livraison, en passant par le suivi post-livraison.',
      "Développement de compétences en gestion d'entreprise, marketing digital et relation client.",
    ],
  },
  {
    date: '2010 - 2011',
    title: 'Licence Pro. TICE',
    subtitle: 'IFTS - Charleville-Mézières',
    type: 'formation',
    description: [
      "Formation axée sur les technologies de l'information et de la communication pour les entreprises.",
      'Compétences acquises en gestion de projet, communication et travail en équipe.',
      "Mise en œuvre de solutions collaboratives et d'outils de communication numérique adaptés aux besoins organisationnels.",
      'Approfondissement des compétences en développement web (HTML/CSS/JavaScript), gestion de projet et intégration de solutions numériques.',
    ],
  },
  {
    date: '2007 - 2010',
    title: 'DUT Réseaux & Télécoms',
    subtitle: 'IUT Reims-Châlons-Charleville',
    type: 'formation',
    description: [
      'Formation axée sur les infrastructures réseaux, les télécommunications et les technologies numériques.',
      "Compétences acquises en administration système (Windows/Linux), architecture réseau (Cisco), sécurité des réseaux, protocole IP, VOIP, DHCP, DNS, ACL, firewall, et supervision d'infrastructures.",
      "Réalisation d'un projet technique réalisé en équipe : installation, configuration et déploiement d'un réseau LAN interconnecté avec plusieurs sites (WAN).",
      'Bases solides en développement (scripts réseau, web orienté serveur), bases de données, et gestion de services connectés.',
    ],
  },
];
