                <section class="section">
                    <div class="container">
                    Hallo aanstaande collega,<br /><br />
                    We zijn op zoek naar drie nieuwe collega’s om ons team te versterken en te bouwen aan ons snel groeiende online samenwerkingsplatform. Bij ons kom je in een niet-hiërarchisch team te werken en is er veel ruimte voor eigen initiatief. Ook zijn er veel mogelijkheden om nieuwe dingen te leren. Je kunt op afstand werken of op ons kantoor in Utrecht. Het aantal uren en de constructie (bijv. freelance, dienstverband, detachering vanuit een overheidsorganisatie of stage) zijn in overleg.<br />
                    <br />
                    <h3>Wat is Pleio?</h3>
                    <p>We zijn ontstaan in 2009 als initiatief van een aantal ambtenaren met vooruitstrevende ideeën over online samenwerking over de grenzen van losse overheidsorganisaties heen. Inmiddels zijn we honderden deelsites, honderdduizenden gebruikers en een professionaliseringsslag verder. Tegenwoordig heten we Stichting Pleio en blijven we de fundamentele keuzes uit onze begintijd in ere houden, waaronder het gebruik van open source software en open standaarden, een hoge mate van flexibiliteit en het ontbreken van een winstoogmerk.</p>
                    <p>We staan in nauw contact met deelsitebeheerders en komen bij vele overheidsorganisaties over de vloer, geven ondersteuning op het platform en organiseren workshops voor nieuwe deelsite- en accounthouders. Onze gebruikers zijn overheden zoals ministeries, provincies en gemeenten, uitvoeringsorganisaties en allerlei samenwerkingsverbanden, waaronder publiek-private samenwerkingen.</p>
                    <br />
                    <h3>Waar werken we aan?</h3>
                    <p>We zijn best trots op ons nieuwe template dat we onlangs hebben gelanceerd. Met dit template zijn we een nieuwe technische richting ingeslagen waarbij we componenten gebruiken zoals <a href="http://facebook.github.io/react/">React</a> en <a href="http://graphql.org/">GraphQL</a>. Dit jaar willen we een nieuwe backend ontwikkelen op basis van <a href="https://www.python.org/">Python</a> en <a href="https://www.djangoproject.com/">Django</a>.</p>
                    <p>We hebben de ambitie om verder te groeien en hét samenwerkingsplatform binnen de Nederlandse overheid te worden. Onze ontwikkelaars werken samen met ontwikkelaars van de Canadese overheid aan open source componenten die in beide landen kunnen worden ingezet. Daarnaast wordt al onze software gepubliceerd op <a href="https://www.github.com/Pleio">Github</a>.</p>
                    </div>
                </section>

                <div class="divider"></div>

                <section class="section">
                    <div class="container">
                        <h2>Softwareontwikkelaar frontend</h2>
                        Als frontend ontwikkelaar zul je:<br /><br />
                        <ul class="disc">
                            <li>Nieuwe functionaliteiten bouwen.</li>
                            <li>Reageren op wensen vanuit onze deelsites.</li>
                            <li>Samenwerken met onze ontwerper en eventueel onze backend ontwikkelaar.</li>
                        </ul>
                        <br />
                        We verwachten van jou:
                        <br /><br />
                        <ul class="disc">
                            <li>De juiste combinatie tussen technische vaardigheden en kijk op gebruiksvriendelijkheid.</li>
                            <li>Ervaring met web-ontwikkeling: Javascript, ECMAScript 6, HTML5, CSS.</li>
                            <li>Bekendheid met agile, TDD en Git. Kennis van CI/CD, Docker en Kubernetes is mooi meegenomen.</li>
                            <li>Affiniteit met de overheid en met onze werkwijze.</li>
                        </ul>
                    </div>
                </section>
