/// The words the people detectors read context from, in English, German, French, Dutch and
/// Spanish (some Italian), written in folded form: lowercase, "ss" for "ß", apostrophes straight.
/// A test checks that every entry folds to itself.
enum PeopleLexicon {
    static let lists: [(WordClass, String)] = [
        (
            .greeting,
            """
            hey hi hello hiya heya yo dear thanks thank thx ty tysm cheers congrats congratulations bye welcome \
            birthday bday anniversary morning evening night shoutout kudos props xoxo hugs \
            hallo liebe lieber danke dank servus moin tschuss tschuess gluckwunsch gluckwunsche \
            bonjour salut coucou merci cher chere chers bravo felicitations bisous bonsoir \
            hoi beste lieve bedankt dankjewel dankje gefeliciteerd proficiat doei groetjes \
            hola querido querida gracias felicidades felicitaciones saludos besos adios \
            ciao grazie caro cara auguri
            """
        ),
        (
            .relation,
            """
            neighbour neighbor neighbours neighbors friend friends bff bestie buddy pal mate sister brother sis bro \
            mom mum mother dad father mommy mummy daddy mama papa parents wife husband hubby son daughter kid \
            child baby boss manager colleague coworker landlord landlady tenant roommate flatmate housemate \
            cousin aunt auntie uncle niece nephew grandma grandpa granny grandmother grandfather nan nana \
            grandson granddaughter boyfriend girlfriend bf gf partner fiance fiancee ex teacher nanny \
            babysitter sitter coach doctor dentist therapist classmate teammate stepson stepdaughter stepmom \
            stepdad twin client patient \
            nachbar nachbarin freund freundin schwester bruder mutter vater frau mann sohn tochter chef \
            chefin kollege kollegin vermieter vermieterin cousine tante onkel oma opa neffe nichte lehrer \
            lehrerin partnerin \
            voisin voisine ami amie copain copine sœur frere mere maman pere femme mari fils fille enfant \
            patron patronne collegue proprietaire oncle mamie papi neveu niece professeur prof maitresse nounou \
            buurman buurvrouw buren vriend vriendin zus zuster broer moeder vader vrouw zoon dochter kind baas \
            collega huisbaas neef nicht oom juf meester oppas \
            vecino vecina amigo amiga hermana hermano madre mama padre papa esposa esposo marido mujer hijo hija \
            jefe jefa companero companera casero casera primo prima tia tio abuela abuelo sobrino sobrina \
            profesor profesora maestra maestro ninera novio novia
            """
        ),
        (
            .verbBefore,
            """
            call calling called text texting texted ask asking asked tell told email emailed message messaged dm \
            ping pinged contact contacted ring rang phone phoned meet met visit visited invite invited thank \
            thanked remind reminded tag tagged pay paid venmo with \
            ruf rufe anrufen frag fragt schreib schreibt sag sagt mit \
            appelle appelez appeler demande demandez ecris ecrivez dis avec contacte contactez \
            bel vraag app stuur mail met \
            llama llamad llamar pregunta preguntale escribe escribele dile con contacta habla
            """
        ),
        (
            .verbAfter,
            """
            will just texted texting called calls said says sent sends gave gives made makes lives lived moved \
            moves can could should would needs wants asked asks told tells knows got gets won turned turns \
            starts started goes went answered wrote writes owes paid pays lost found left drives picked picks \
            dropped shared posted emailed messaged and \
            hat hatte wird kann wohnt sagt sagte schreibt schrieb rief ruft zieht zog braucht mochte \
            m'a t'a va vient doit peut dit habite sera \
            heeft woont gaat komt moet zei belde stuurde wil \
            tiene vive viene puede dice dijo llamo escribio quiere
            """
        ),
        (.copula, "is was has had ist war est etait es fue"),
        (
            .title,
            """
            mr mrs ms miss mx dr prof herr frau hr fr mme mlle madame monsieur mademoiselle sr sra srta don dona \
            dhr mevr mevrouw meneer senor senora signor signora sig ing dipl univ mag ir drs
            """
        ),
        (.nameSuffix, "jr sr ii iii iv md dds phd dvm esq b.sc b.a b.eng m.sc m.a mba ll.m"),
        (.particle, "van von der den de del della di da du des le la ten ter zu vom dos das mac"),
        (
            .notName,
            """
            i i'm i'll i've i'd im you he she we they it the a an and or but so is are was were will just please \
            thanks thank happy new love hey hi hello my our your his her their this that here there today \
            tomorrow tonight yesterday ok okay yes no not lol omg btw pls plz dm call text email at on in to for \
            of from with by about after before if when while also too very really all some every each can could \
            would should must may might shall has had have do does did be been got get go going come see say said tell know \
            think want need like make made let let's what who why how where which me him us them mom dad \
            ich du er sie es wir ihr und oder aber der die das den dem ein eine ist sind hat mit von zu fur auf \
            bei nach danke bitte hallo ja nein je tu il elle nous vous ils et ou mais le la les un une est sont \
            avec pour merci oui non ik jij hij zij wij en of maar het een zijn met voor bedankt nee yo tu el \
            ella nosotros y o pero los las son con para gracias si
            """
        ),
        (
            .placePrefix,
            """
            north south east west new lake port mount mt fort ft saint st ste san santa santo sao los las el la \
            le les bad sankt rue via calle avenida avenue boulevard piazza plaza place glen point upper lower \
            little great old rio mont villa camp cape
            """
        ),
        (
            .placeSuffix,
            """
            street st road rd avenue ave av drive blvd boulevard pl terrace ter circle cir parkway pkwy highway \
            hwy square sq trail trl loop way wy court ct ln plaza alley pike estates crossing city town ville \
            harbour harbor bridge beach bay river opera \
            county springs falls valley island airport station hospital clinic cathedral chapel center centre \
            mall stadium arena library museum hotel inn motel restaurant cafe bar pub bakery deli grill kitchen \
            diner foundation institute university college school elementary middle high academy primary \
            montessori kindergarten preschool prep gymnasium grundschule memorial building apartments apts \
            inc ltd llc gmbh corp company day \
            strasse str weg allee platz gasse ring damm ufer chaussee steig pfad markt straat laan plein gracht \
            kade singel dijk dreef hof rue calle avenida paseo carrera camino ronda viale corso
            """
        ),
        (
            .pet,
            """
            dog dogs cat cats puppy pup kitten kitty pet hamster horse pony bunny rabbit parrot bird fish \
            goldfish turtle hund hundin katze kater welpe chien chienne chat chatte chiot hond kat poes perro \
            perra gato gata cachorro answers
            """
        ),
        (
            .preposition,
            """
            in at to from near of for on by via into onto towards toward through around nach aus bei von zu a au \
            aux en de dans chez vers par naar bij uit van te op desde hacia por para
            """
        ),
        (
            .dataWord,
            """
            address phone number mobile cell email dob birthday born ssn social passport license licence plate \
            account iban card bank routing pin password wifi school lives live moved zip postcode postal \
            apartment apt flat unit \
            adresse telefon handy nummer geboren geburtstag pass konto karte passwort schule wohnt \
            telephone portable numero ne nee anniversaire passeport compte carte mot ecole habite \
            adres telefoon geboren verjaardag paspoort rekening kaart wachtwoord woont \
            direccion movil celular nacido nacida nacio cumpleanos pasaporte cuenta tarjeta contrasena colegio \
            escuela vive
            """
        ),
        (.selfIntro, "i'm im heisse m'appelle heet llamo soy"),
        // Schools.
        (
            .schoolTail,
            """
            elementary middle high primary secondary junior senior prep preparatory montessori academy school \
            charter magnet grammar infant infants nursery kindergarten preschool day international christian \
            catholic community
            """
        ),
        (
            .schoolEnd,
            """
            school academy elementary primary kindergarten preschool nursery montessori \
            grundschule gymnasium realschule gesamtschule hauptschule oberschule mittelschule volksschule \
            sekundarschule gemeinschaftsschule forderschule schule kita lyceum basisschool
            """
        ),
        (
            .schoolHead,
            """
            grundschule gymnasium realschule gesamtschule hauptschule oberschule mittelschule volksschule schule \
            kita kindergarten ecole college lycee basisschool obs cbs kbs rkbs kleuterschool colegio escuela \
            instituto ies ceip liceo scuola istituto guarderia
            """
        ),
        (
            .schoolType,
            """
            primaire elementaire maternelle publique privee primaria infantil secundaria publico publica privado \
            privada concertado elementare media statale internacional bilingue
            """
        ),
        (
            .schoolGeneric,
            """
            sunday summer night driving law medical business art dance music film grad graduate boarding public \
            private high middle elementary secondary primary catholic christian charter language cooking swim \
            swimming ski surf flight police military naval coding nursing beauty dental vet veterinary my our \
            the your his her their local new old big little every this that a an in at to of for and
            """
        ),
        (
            .connector,
            """
            de del della di la las los el y van der den het ten ter am an auf im zum zur von du des saint sainte \
            st san santa
            """
        ),
        (
            .child,
            """
            son daughter kid kids child children boy girl toddler baby stepson stepdaughter grandson \
            granddaughter twins teen teenager sohn tochter kind kinder fils fille enfant enfants zoon dochter \
            kinderen hijo hija hijos nino nina ninos peque
            """
        ),
        (
            .schoolCue,
            """
            pick pickup dropoff drop starts start started attends attend goes enrolled enroll honor honour roll \
            class grade teacher recess dismissal proud mom mum dad parents bus classroom principal homework \
            semester term graduation abholen abholung einschulung klasse lehrer lehrerin geht recuperer sortie \
            rentree classe maitresse ophalen halen brengen klas juf meester recoger recogida salida clase profesora \
            maestra matriculado
            """
        ),
        // Time and absence.
        (
            .until,
            """
            until till til untill through thru bis jusqu'a jusqu'au jusqu'aux tot hasta fino erst pas
            """
        ),
        (.forWord, "for fur pendant pour durant voor gedurende por durante per"),
        (
            .dayName,
            """
            monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun \
            montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag \
            lundi mardi mercredi jeudi vendredi samedi dimanche \
            maandag dinsdag woensdag donderdag vrijdag zaterdag zondag \
            lunes martes miercoles jueves viernes sabado domingo
            """
        ),
        (
            .monthName,
            """
            january february march april may june july august september october november december jan feb mar \
            apr jun jul aug sep sept oct nov dec \
            januar janner februar marz maerz april mai juni juli august september oktober november dezember \
            janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre \
            januari februari maart mei augustus \
            enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
            """
        ),
        (
            .numberWord,
            """
            a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty \
            thirty couple few several \
            ein eine einen einer zwei drei vier funf sechs sieben acht neun zehn elf zwolf vierzehn paar \
            un une deux trois quatre cinq six sept huit neuf dix onze douze quinze quelques \
            een twee drie vijf zes zeven negen tien twaalf veertien \
            una uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince unos unas par
            """
        ),
        (
            .unit,
            """
            day days week weeks month months night nights weekend weekends fortnight \
            tag tage tagen woche wochen monat monate monaten nacht nachte wochenende \
            jour jours semaine semaines mois nuit nuits \
            dag dagen weken maand maanden nachten \
            dia dias semana semanas mes meses noche noches finde
            """
        ),
        (
            .next,
            """
            next this coming following nachste nachsten kommende kommenden diese dieses prochaine prochain \
            volgende komende deze dit proxima proximo entrante este esta
            """
        ),
        (
            .whole,
            "whole entire full all ganze ganzen gesamte toute tout toutes tous entiere entier hele gehele toda todo todas todos"
        ),
        (.article, "the der die das den dem zum zur le la les au aux du het de el los las del al"),
        (.ofWord, "of de van del"),
        (
            .subject,
            """
            we we're we'll we've we'd i i'm i'll i've us our my the whole entire family fam house home place flat \
            apartment apt condo is are be will gonna going to both all kids and wife husband partner everyone \
            everybody not won't wont also officially family's \
            wir sind ist bin werden sein ich die das ganze familie haus wohnung unser unsere niemand alle \
            nous on sommes serons sera est toute la le famille maison appartement je suis serai \
            wij zijn het huis hele de gezin ik ben ons onze zullen \
            casa esta toda familia estamos estaremos nosotros yo estoy estare vamos estar no hay estara estaran estan va
            """
        ),
        (.conjunction, "and so but then und aber dann et mais puis donc en maar dan y pero luego entonces also plus"),
        (
            .travel,
            """
            flight flights fly flying flew trip vacation vacay holiday holidays cruise airport boarding plane \
            abroad travel traveling travelling getaway honeymoon roadtrip resort ✈ \
            urlaub reise flug flughafen verreisen vacances voyage vol aeroport vakantie reis vlucht vliegveld \
            vacaciones viaje vuelo aeropuerto
            """
        ),
        (
            .approx,
            """
            about around approximately roughly nearly almost over least ca etwa ungefahr rund environ presque \
            ongeveer bijna ruim zo'n casi aproximadamente alrededor
            """
        ),
        (.relativeDay, "tomorrow tonight morgen ubermorgen demain manana overmorgen"),
        // Accented forms (the folded view keeps accents; posts often drop them, so both are listed).
        (.greeting, "tschüss tschüs glückwunsch glückwünsche chère félicitations adiós"),
        (.relation, "frère mère père collègue propriétaire maîtresse nièce compañero compañera tía tío niñera mamá papá"),
        (.verbBefore, "écris écrivez pregúntale escríbele"),
        (.verbAfter, "möchte llamó escribió"),
        (.copula, "était"),
        (.title, "doña señor señora"),
        (.notName, "für tú él sí"),
        (.pet, "hündin"),
        (.preposition, "à"),
        (.dataWord, "téléphone numéro né née école dirección móvil nació cumpleaños contraseña"),
        (.schoolEnd, "förderschule"),
        (.schoolHead, "école collège lycée guardería"),
        (.schoolType, "élémentaire privée bilingüe público pública"),
        (.child, "niño niña niños"),
        (.schoolCue, "récupérer rentrée maîtresse"),
        (.until, "jusqu'à"),
        (.forWord, "für"),
        (.dayName, "miércoles sábado"),
        (.monthName, "jänner märz février août décembre"),
        (.numberWord, "fünf zwölf"),
        (.unit, "nächte días día"),
        (.next, "nächste nächsten próxima próximo"),
        (.whole, "entière"),
        (.subject, "está estaré estará estarán están"),
        (.travel, "aéroport"),
        (.approx, "ungefähr"),
        (.relativeDay, "übermorgen mañana"),
    ]

    /// The lists, and the first words of the detectors' phrases as triggers.
    static let table: WordTable = {
        var table = WordTable(lists)
        table.add(.absenceStart, hashes: AbsenceFinder.startWords)
        table.add(.tripStart, hashes: PhraseTable.firstWords(of: AbsenceFinder.tripLists))
        table.add(.homeStart, hashes: PhraseTable.firstWords(of: Disclosure.homeLists))
        table.add(.brandStart, hashes: PeopleNames.brandFirstWords)
        return table
    }()
}
