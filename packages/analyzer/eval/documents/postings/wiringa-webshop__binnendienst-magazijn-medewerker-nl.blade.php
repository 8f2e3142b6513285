@extends('master', ['pagetitle' => 'Home / Vacatures'])

@section('title')
        <h3>Vacatures</h3>
@endsection

@section('content')
    <div class="row">
        <div class="col-md-offset-2 col-md-8">
            <p> Werken bij Wiringa Technische Groothandel betekent functioneren in een klein team van gedreven
            mensen in de wereld van de installatietechniek. Wij leveren als groothandel producten voor de
            installateur. Met name leidingsystemen, appendages en sanitair. Wij zijn op zoek naar een flexibele
            medewerker die ervaring en affiniteit heeft met onze doelgroep. Wat zoeken wij: </p>

            <h3>EEN FULL TIME BINNENDIENST/MAGAZIJN MEDEWERKER:</h3>

            <h4>Wat kunnen wij bieden:</h4>

            <p>Een veelzijdige functie met allerhande werkzaamheden zoals verkoop binnendienst, advies en
            verkoop van producten aan de balie en telefoon. Orderinvoer en orders rapen en klaarmaken voor
            transport. Magazijnwerkzaamheden zoals opruimen binnenkomende goederen en het aanvullen van
            vakken gecombineerd met voorraadcontrole.</p>

            <p>Ben jij die energieke persoon die wij zoeken met voldoende kennis binnen het gevraagde profiel met
            een gezonde werkethos en MBO werk- en denk niveau dan bieden wij jouw een:</p>

            <ul>
                <li>40-urige werkweek</li>
                <li>Een aanstelling met uitzicht op een vast contract</li>
                <li>Een verdienstelijk salaris</li>
                <li>Een familiaire werkomgeving</li>
            </ul>

            <p>Indien je denkt dat jij de juiste man bent voor de job reageer dan via onze website met je uitgebreide
            CV en overtuig ons om je uit te nodigen voor een prettig sollicitatiegesprek. Gaarne je CV als PDF meesturen naar <a href="mailto:peter@wiringa.nl">peter@wiringa.nl</a>.</p>

            <br />

            Wiringa Technische Groothandel
            <br />
            Fred Wiringa en Peter Hamstra
        </div>
    </div>
@endsection

