// Generated from Rules/privacy/lexicons/given-names.txt, people-ambiguous-names.txt,
// people-place-names.txt and people-not-names.txt by
// `FOOTPRINT_RECORD=1 swift test --filter PeopleLexiconTests`; do not edit by hand.

extension PeopleNames {
    /// Every given name, folded, separated by spaces.
    static let given = """
        aaliyah aaron aarón abbas abbey abbi abbie abby abdelkader abdellah abdul abdullah abebe abel abelardo abigail
        abigaíl abilio abraham abram abril achiel achille achim ada adalbert adalberto adam adamo addison adela
        adelaida adelaide adelardo adelasia adelbert adele adelgunde adelheid adelia adelina adelinde adeline adelmo
        adem adil adina adis admir adnan adolf adolfine adolfo adora adoración adriaan adrian adriana adriane adriano
        adrien adrienne adrián adán adèle adélaïde aedan aenne aferdita afrim agapito agata agatha agathe agim agnes
        agnese agnieszka agnolo agnès agostina agostino agron agustin agustina agustín ahmad ahmed ahmet aicha aida
        aidan aideen aiden aileen ailis aimee aimé aimée ainara aine ainhoa ainoa aisha aisling aislinn aitana aitor
        ajan ajla ajna akira alain alan alana alanis alanna alannah alara alastair alba alban albano alberico albert
        alberte albertine alberto albin albina albino albrecht albulena alcides alderano aldin aldo aldonza alea alec
        aleisha alejandra alejandro alejo aleksandar aleksander aleksandr aleksandra aleksej alen alena alessandra
        alessandro alessia alessio alex alexa alexandar alexander alexandra alexandre alexandria alexandrie alexandros
        alexei alexej alexia alexis alf alfio alfons alfonsina alfonso alfred alfredo ali alice alicia alicja alida
        alina aline alisa alisha alison alissa alisson alistair alister alix alizée alla allan alle allegra allen
        allison alma almir almudena almut almuth alois aloisia alondra alonso aloys alphons alphonse alta altin alvaro
        alvin alwin alwina alwine alyssa ama amada amadeo amado amador amaia amalia amalie amancio amanda amandine
        amando amar amarilis amaro amaury amaya ambar amber ambre ambrosio amedeo amela amelia amelie amico amie amin
        amina amine amir amira amleto amor amparo amra amy amy-lee amy-leigh amélia amélie américa américo amílcar ana
        anabel anabela anabella anacleto anahera anaru anas anastasia anastasie anastasio anastasios anatol anatoli
        anatolij anaëlle anaïs andjela andjelina andre andrea andreas andree andrei andreia andrej andres andrew
        andrey andri andrin andrina andrzej andré andréa andrée andrés andy anel anes aneta anett anette angel angela
        angelica angelika angelina angelino angelique angelita angelo angie angus angèle angélica angélique ani anica
        anika anil anina anisa anissa anita anja anjali anka anke ann ann-kathrin anna anna-lena anna-luise anna-maria
        anna-marie annabel annabell annabella annabelle annalena annaliese annalisa annalise annamaria annamarie anne
        anne-catherine anne-françoise anne-kathrin anne-katrin anne-laure anne-lise anne-marie anne-rose anne-sophie
        annedore annegret annegrete annekatrin anneke anneleen annelene anneli annelie annelies anneliese annelise
        annelore annemarie annemie annemijn annerose annett annetta annette anni annibale annick annie annika annina
        annita annunziata anny anouk ansaldo anselm anselma anselmo ansgar ante anthony antje anto antoin antoine
        antoinette anton antonella antonello antonia antonie antonietta antonin antonina antonino antonio antonios
        antonius antony antoon antónio anunciación aníbal aodhan aoibheann aoibhin aoibhinn aoife apolinar apolline
        apollonia apolonia apostolos april arabella araceli arben arbnor arcelia archer archie arda ardian ardit
        ardita ari aria ariadna arian ariana ariane arianna arianne aribert arie ariel arif ariki aristides arjun
        arlette arlind arlinda arlo armand armando armend armida armin arnaldo arnaud arnaude arnd arndt arne arnfried
        arnim arno arnold arnulf arnulfo aroa aroha aron arran arron arsenio arsim art arta artan artemio arthur artur
        arturo arzu aránzazu ascensión asdrubal asher ashlee ashleigh ashlene ashley ashling ashton asia assia assunta
        asta astrid astrit asunción ataahua atenulf athanasios atilio attila aude audrey august augusta auguste
        augustin augusto aura aurel aurelia aureliano aurelio aurora aurore aurélie aurélien austin autumn ava avni
        awhina axel axelle aya ayden ayesha ayla aylin ayman aymeric aynur ayoub ayse aysel ayten azahar azahara
        azeglio azeneth aziz azra azucena aïcha aïsha babett babette baccio bailey bailie bajram baldassare baldomero
        balduino baldur baltasar balthasar balz baptist baptiste barbara baris barry bart bartholomäus bartolomeo
        bartolomé bas bashkim basil basile basilio bastiaan bastian bastien baudelio baudouin bautista bayram beat
        beata beate beatrice beatrijs beatrix beatriz beau beauden becky beda begoña bekim bekir bela belen belinda
        bella belén ben benedetto benedict benedikt beni benicio benigna benigno benita benito benjamin benjamín benn
        benno benny benoit benoît bente benthe benvenuto beppe berat berend berenice berit bernabé bernadette bernard
        bernarda bernardino bernardita bernardo bernd bernd-dieter berndt bernfried bernhard bernhardine bernt
        bernward berra bert berta bertha berthe berthold berto bertold bertram bertrand besart besarta besim besnik
        beth bethan bethany betina betti bettina betty bevan beverley beverly biagio bianca bianka bibi bibiana bieke
        bienvenida bilal biljana bill billie billie-jo billy birger birgid birgit birgitt birgitta birte birthe bjorn
        björn blaine blair blake blanaid blanca blanche blanka blas blerim blerina blerta bluette bo boaz bob boban
        bobby bodhi bodo bogdan bojan bonifacio bonnie boris borja bozena brad bradley brady brahim bram brandi
        brandon brandy branislav branka branko braxton brayden breandan breanna brecht brenda brendan brendon brent
        brett brian briana brianna brice bridget briek brieuc brigid brigitta brigitte brit brita britney britt britta
        brittany brittney brodie brogan bronach bronagh bronwen bronwyn brook brooke brooklyn bruce bruna brunhild
        brunhilde bruni brunilda bruno bryan bryce bryony brígida buddy buenaventura bujar bukurije burak burckhard
        burghard burim burkard burkhard burkhardt bárbara bärbel béatrice bénédicte bérengère bérénice cahal cahir
        cailin cailum caitlin caitlyn caitriona cal calcedonio caleb calista calisto calixta calixto callan callum
        calogero calum calvin cameron camila camilla camille camillo camilo campbell canan candace candela candelaria
        candelario candelas candice candy caoilfhionn caoimhe caoimhin caolain caolan caomhan capucine cara caragh
        caren caridad carin carina carine carl carl-heinz carla carlijn carlito carlo carlos carlota carlotta carly
        carmel carmela carmelita carmelo carmen carmina carmine carol carola carole carolien carolin carolina caroline
        carolyn carrie carsten carter cas casandra casemiro casey caspar casper cassandra cassidy cassie catalina
        catarina caterina cathal catharina catherine cathleen cathrin cathy catia cato catrin catriona cayetana
        cayetano ceara cebrián cecile cecilia cecilio cedric ceferino celal celeste celestina celestino celia celina
        celine celso cem cemal cemil cengiz centa cesar cesare cetin ceylin chad chantal chantel chantelle charis
        charlene charles charlie charline charlotte charly charo chase chelo chelsea chelsey chema cherie cherith
        cherry cheryl chester cheyenne chiara chinedu chita chloe chloé chloë chris christa christa-maria christel
        christelle christiaan christian christiana christiane christianne christie christin christina christine
        christl christof christoph christophe christopher christos christy chucho chus chuy cian cianan ciara ciaran
        ciarrai cilli cillian cilly cindy cintia cinzia cipriano ciriaco cirillo cirino ciro ciríaco citlali claas
        claire claire-lise clara clare clarence clarisa clarissa clarisse clark claude claudette claudia claudine
        claudio claudius claudy claus claus-dieter claus-peter clay clayton clelia clemens clemente clementina cleto
        cliff clifford clinton cliodhna cliona clive clodagh cloe clotilde cloé cláudia cläre clémence clément
        clémentine clímaco codie cody cohen cole colette colin coline colleen collette collin colm colton coluccio
        colum conal conall conan concepción concetta concha conchita conchur conn connie connor conny conor conrad
        conrado constance constant constantin constantino constanza constanze consuela consuelo cooper cora coral
        coralie coraline cord cordula corentin corey corina corine corinna corinne coriolano cormac cornel cornelia
        cornelio cornelis cornelius corona corrado corrie corsin cortney cory cosima cosimo cosme costantino costanzo
        courteney courtney craig crescencia cristal cristian cristiana cristiano cristina cristobal cristóbal cruz
        crystal csaba curdin curro curt curtis custodia custodio cynthia cyriel cyril cyrill cyrille czeslaw cándida
        cándido cátia cäcilia cäcilie cécile cédric célestin célestine célia célina céline césar côme daan dafina
        dafne dafydd dagmar dagobert daire dairine daisy dajana dakota dale dalia dalibor dalila dallas dalton damaris
        damian damiano damien damir damián damjan damon dan dana dani danica daniel daniela daniele danielle danijel
        danijela danilo danique danièle daniël danny dante danuta dany daphne daphné dara darcy dardan daria darin
        dario darius dariusz darko darlene darragh darrell darren darrin darryl darryn daryl darío dave david davide
        davy dawn dayna deaglan dean deane deanna dearbhail dearbhaile dearbhla debbie debby debora deborah debra
        declan deepak deirbhile dejan delfina delfino delia delphine demetrio demi demi-lee demi-leigh denis denise
        deniz dennis denny denver derek dermot derrick dervla derya desiderio desiree desirée desmond destiny detlef
        detlev devin devon dewi dex diamond diana diane dianne diar diarmuid dick didier diederik diedrich diego dierk
        dieter diethard diethelm diether dietlind dietlinde dietmar dietrich dijana dilara dillon dimas dimitri
        dimitrios dina dino diogo dion dionigi dionisia dionisio dionne dirk ditmar dittmar dmitri dogan dolly dolores
        domenic domenica domenico domhnall dominga domingo domingos dominic dominik dominique domitila don donal
        donald donat donata donatella donatello donato donna donovan dora doreen dorian dorien dorina dorine doris
        dorit dorita dorle dorota dorotea dorothe dorothea dorothee dorothy dorothée douglas dragan dragana dragica
        drago drew dries drilon drita driton duane duilio duke dulce duncan dunja durante dursun dusan dustin duuk
        dwayne dylan dylano débora déborah désirée dörte dörthe eadaoin eamon eamonn earl earnest eberhard eberhardt
        ebony eckard eckart eckehard eckhard eckhardt eckhart ecrin eda edda eddie eddy edel edelbert edelgard
        edelmira edelmiro edeltraud edeltraut edeltrud eden edgar edgard edgardo edin edina edit edith editha edmond
        edmund edmundo edoardo edon edona edouard edu eduard eduardo edward edwin efraín egbert eggert egon egzon
        egzona ehrenfried ehrentraud ehrhard eileen eilidh eilis eilish eimear eimer eimhear eitel ekaterina ekkehard
        ekkehart ekrem ela eladio elaine elba elda elea eleanor eleanora elena eleni elenore eleonora eleonore
        eleuterio elfi elfie elfriede eli elia eliana eliane elias elie elien elif eligia eligio elijah elin elina
        eline elio eliot eliott elisa elisabet elisabete elisabeth elisabetha elisabetta elise eliseo elisha eliza
        elizabeth elize elke ella elladio ellen elli ellie ellinor elliot elliott elly elma elmar elmo elodia elodie
        eloisa eloise elona eloy eloísa eloïse elpidio els elsa elsbeth else elsie elvia elvira elvis elwira elyas
        elza elzbieta eléa eléna eléonore elías ema emanuel emanuela emanuele emeka emelina emeline emely emelyne emer
        emiel emigdio emil emile emilia emilian emiliana emiliano emilie emilien emilija emilio emily emin emina emine
        emir emma emma-louise emmanuel emmanuelle emmerich emmet emmett emmi emmy emperatriz emre emy encarna
        encarnacion encarnación encarnita enda endrit enea enes engel engelbert engin enis ennio enno enrico enrique
        ensar enver enya enzio enzo eoghan eoin epifanio eraldo erasmo ercan erdal erdmute erdogan eren erhard erhardt
        eric erica erich erik erika erin erina erion erkan ermanno ermenegildo ermes erna ernest ernestine ernesto
        ernst ernst-august ernst-dieter ernst-otto erol erwan erwin eryn esila esma esmee esmeralda esmée esparta
        espartaco esperanza espiridión esra esteban estefanía estela estelle ester esther estrella etelvina ethan
        etienne etta ettore euan eufemia eugen eugene eugenia eugenie eugenio eugène eugénie eulalia eunan eusebia
        eusebio eustaquio eutimio eutropio eva eva-maria eva-marie evamaria evan evangelia evangelina evangelista
        evangelos evaristo eve evelia evelien evelin eveline evelio evelyn evelyne evi evie evita evy ewa ewald ewan
        ezequiel ezio ezra faas fabia fabian fabiana fabien fabienne fabio fabiola fabián fabiënne fabrice fabricio
        fabrizia fabrizio facundo fadil fadime fainche faith falk falko fanny farah farid faruk fatih fatiha fatima
        fatime fatma fatmir fatmire faton faustino fausto fay faye feargal fearghal febe fedde fedele federica
        federico federigo fedor felice felicia feliciana feliciano felicidad felicitas felicity feline felipa felipe
        felisa felix felizitas femke fenna fenne ferdi ferdinand ferdinando ferenc fergal fergus fermín fernand
        fernanda fernande fernando ferre fiamma fidel fidela fien fiene filip filipa filipe filippa filippo filiz
        filomena finbar finn fintan fiona fionntan fionnuala fiorenzo fiorino fisnik fitim fito fitore flamur flavia
        flavie flavio fletcher fleur floor floortje flor flora flore florence florencia florencio florent florentin
        florentina florentine florentino florian floriane florim florin florina florinda florine floris flurin flurina
        flynn folker folkert forest fortunata fortunato fran franca france frances francesca francesco francine
        francis francisca francisco franciscus franck franco francoise franjo frank frank-michael frank-peter franka
        frankie franklin franky frans franz franz-josef franz-peter franz-xaver franziska françois françois-xavier
        françoise fraser frauke frazer fred freddy frederic frederick frederik frederike frederique fredi fredo fredy
        freia freya frida fridolin frieda friedbert friedemann frieder friedericke friederike friedhelm friedhilde
        friedhold friedl friedlinde friedo friedrich friedrich-karl friedrich-wilhelm friso frithjof fritz frédéric
        frédérique fulgencio fulvio fynn fábio fátima féline félix gabi gabin gabino gabor gabriel gabriela gabriele
        gabriella gabrielle gabriël gaby gael gaetano gaia gail gala galasso gale galina galo gani ganimete gareth
        garrett garry gary gaspar gaspard gaspare gaston gastone gastón gauthier gavin gay gaylene gazmend gaël gaëlle
        gaëtan gebhard geert gelsomina gem gema gemma genaro gene geneviève gennaro genoveva geoffrey geoffroy georg
        george georges georgette georgia georgina georgine georgios gerald geraldine geraldo gerard gerarda gerardo
        gerardus gerd gerda gerdi gereon gerfried gerhard gerhardt gerhart gerhild gerlind gerlinde germain germaine
        german germana germán gernot gero gerold gerolf geronimo gerrit gerry gert gerta gerti gertraud gertraude
        gertraut gertrud gertrude gertrudis gervasio gerwin gerónimo gesa gesche gesine geza ghislain ghislaine
        giacinto giacobbe giacomo giada giampaolo giampiero gian gian-luca giancarlo gianfrancesco gianfranco gianluca
        gianluigi gianmarco gianna gianni gianpaolo gianpietro giel giesela gijs gil gilbert gilberte gilberto gilda
        giles gilles gillian gina ginette ginger gino gioacchino gioachino gioele gioffre gioia gion gionata giorgia
        giorgio giosuè giovanna giovanni girolamo gisa gisbert gisela gislinde gisèle gitta gitte giulia giuliana
        giuliano giulietta giulio giuseppa giuseppe giuseppina giustino gladys glauco glen glenda glenn glenys gloria
        godelieva godelieve godofredo goffredo gonzalo gonçalo goran gordana gordon gottfried gotthard gotthilf
        gotthold gottlieb gottlob goyo grace gracia graciana graciano graciela graeme graham grainne grant grayson
        grazia graziano graziella grazyna greca greco greet greg gregg gregor gregorio gregory greta gretchen grete
        gretel gretl griet griselda grit grzegorz grégoire grégory guadalupe guarino gudrun gudula guenter guenther
        guglielmo guido guillaume guillermina guillermo guiomar guiseppe gunar gunda gundel gundi gundolf gundula
        gunhild gunnar gunter gunther guntram gust gustaaf gustav gustave gustavo gusti guus guusje guy gwenaëlle
        gwendoline gwendolyn gzim gérald géraldine gérard gökhan gönül götz gülay gülsen gülten günter günther hadrien
        hagen hailey hajo hakan haley halil halina hamilton hamish hamza hana hanife hanna hannah hannchen hanne
        hanne-lore hanneke hannelore hannes hanni hanno hanns hanny hans hans-adolf hans-albert hans-bernd
        hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich hans-friedrich hans-georg
        hans-gerd hans-gerhard hans-günter hans-günther hans-heinrich hans-helmut hans-henning hans-herbert
        hans-hermann hans-hinrich hans-joachim hans-jochen hans-josef hans-jörg hans-jürgen hans-karl hans-ludwig
        hans-martin hans-michael hans-otto hans-peter hans-rainer hans-rudolf hans-theo hans-ulrich hans-uwe
        hans-walter hans-werner hans-wilhelm hans-willi hans-wolfgang hansgeorg hansjoachim hansjörg hansjürg
        hansjürgen hanspeter hansruedi hansueli harald hardy haris harley harm harmony harold haroldo harper harri
        harriet harrison harro harry hartmut hartmuth hartwig harun haruto harvey hasan hassan hasso hatice hava
        hayden haydée hayleigh hayley hazel heath heather hector hedda hedi hedwig hedy heide heide-marie heidelinde
        heidelore heidemarie heiderose heidi heidrun heidy heike heiko heimo heiner heinfried heini heino heinrich
        heinz heinz-dieter heinz-georg heinz-gerd heinz-günter heinz-günther heinz-joachim heinz-josef heinz-jürgen
        heinz-otto heinz-peter heinz-walter heinz-werner heinz-wilhelm heinz-willi heleen helen helena helene helfried
        helga helge heliodoro hella hellmut hellmuth helma helmar helmtrud helmut helmuth hemi hendrik henk henner
        henni henning henny henri henricus henriette henrik henrike henry henryk heraclio herbert herberto heribert
        heriberto herlinde herma herman hermann hermann-josef hermelinda hermenegildo hermine herminia herminio
        hernando hernán herrmann herta hertha hervé herwig hicham hidde hilario hilary hilda hildburg hilde hildegard
        hildegart hildegund hildegunde hilma hilmar hiltraud hiltrud hinewai hinrich hipólito hiroshi hoani holger
        hollie holly holm homero honey honor honoré hope horacio horst horst-dieter horst-günter horst-peter hortense
        hortensia houston howard hubert hubertine hubertus hudson hugh hugo hugues huguette huia hulda humberto hunter
        hussein huy hyun héctor héloïse hélène hülya hüseyin iain ian ibrahim ibán ida idriz ignace ignacia ignacio
        ignatz ignaz ignazio igor ihaia iker ilaria ildefonso ildiko ileana ilenia ilhan ilias ilija ilir ilja ilka
        ilona ilonka ilse ilyas imane imelda imer imke immo imogen imran imre ina inaya indi india indiana indie
        indira indy ine ineke ines inga ingbert inge ingeborg ingeburg ingelore ingetraud ingetraut ingmar ingo ingolf
        ingrid ingried inka inken inmaculada inna inocencio insa inès inés inês ioannis iolanda iona ippazio ira irena
        irene irfan irina iris irma irmela irmengard irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud iryna
        irène isa isaac isabel isabela isabell isabella isabelle isaiah isaline isaura isaías ise isidor isidora
        isidoro isidro isis isla ismael ismail ismaël ismet isobel isolde israel istvan istván itzel itziar iva ivan
        ivana ivanka ivano ivica ivo ivonne ivy iván iwan iwona iñaki jaak jacek jacinta jacinto jack jackie jackson
        jacky jaclyn jacob jacobo jacobus jacopo jacqueline jacques jade jadwiga jael jafet jaime jake jakob jakub
        jamal james jamie jamie-lee jamie-leigh jamila jan jan-peter jana jane janet janett janette janic janice
        janick janik janin janina janine janis janko jann janna janne janneke jannik jannis janos janosch janus janusz
        jaqueline jara jared jari jarlath jarne jarno jaron jaroslav jaroslaw jarrod jasin jasmijn jasmin jasmina
        jasmine jason jasper javi javier javiera jaxon jay jayda jayde jayden jaylinn jayne jayson jazmin jazmín jaël
        jean jean-baptiste jean-charles jean-christophe jean-claude jean-françois jean-jacques jean-louis jean-luc
        jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre jean-pol jean-yves jeanette jeanine
        jeanne jeannette jeannine jef jeff jeffery jeffrey jelena jelle jelte jemma jena jenaro jenna jenni jennifer
        jenny jens jens-peter jens-uwe jente jeremiah jeremias jeremy jeremías jermaine jeroen jerome jeronimo jerry
        jerzy jerónimo jerôme jesper jesse jessica jessie jessika jessy jesus jesusa jesús jet jetmir jeton jewel ji
        jil jill jillian jim jimena jimmy jin jinthe jip jiri jo joachim joan joana joann joanna joanne joannes joao
        joaquim joaquin joaquina joaquín job jobst jocelyn jocelyne jochem jochen jodi jodie jody joe joel joelle joep
        joerg joeri joey joffrey johan johann johanna johanne johannes john johnathan johnny johny joke jolanda
        jolanta jolanthe jolene jolie jolien jolijn jon jona jonah jonas jonatan jonathan jonathon jonás joon joop
        joost joppe joran jordan jordana jordi jordon jordy jordán joren jorge joris jorja jorn jort jos jose josef
        josefa josefina josefine josep joseph josepha josephina josephine josephus josette josh joshua josiah josiane
        josianne josip josse jost josua josué josé josée joséphine jovan jovana jovita joy joyce jozef joão joël
        joëlle juan juana juanita juanito jude judith judy juergen jules julia julian juliana juliane julie julie-anne
        julien julienne julieta juliette julijana julio julius julián juna june jurgen juri jurij jurre justice justin
        justina justine justo justus jusuf jutta juul jérémie jérémy jérôme jörg jörg-peter jörgen jörn jürg jürgen
        kaan kaat kahu kahurangi kai kai-uwe kaia kaitlin kaitlyn kaleb kalina kaltrina kamiel kamil kane kara karel
        karen kari karim karima karin karina karine karl karl-august karl-dieter karl-ernst karl-friedrich karl-georg
        karl-hans karl-heinrich karl-heinz karl-hermann karl-josef karl-jürgen karl-ludwig karl-otto karl-peter
        karl-werner karl-wilhelm karla karley karlfried karlheinz karlijn karola karolien karolin karolina karoline
        karsten karyn kasimir kaspar kasper kastriot kata katalin katarina katarzyna kate katelijne katelyn katerina
        katharina katharine katherina katherine kathi kathleen kathrin kathryn kathy kati katia katie katie-louise
        katja katleen kato katrien katrijn katrin katrina katty katy katya kauri kay kay-uwe kayden kaye kayla kaylee
        kayleigh kazim kealan keano keanu keegan keelan keely kees keeva keira keith kelli kellie kelly kelly-anne
        kelly-marie kelsey kelvin kemal ken kenan kendra kenji kenneth kenny kent kenza kenzo keri kerim kerri kerrie
        kerry kerstin kevin khadija khaled khalid khloe kian kiara kick kiera kieran kike kiki kilian killian kim
        kimberley kimberly king kingston kira kirby kiri kirk kirsten kirstie kirstin kirsty kitty kjell klaas klara
        klaudia klaus klaus-dieter klaus-günter klaus-jürgen klaus-michael klaus-peter klaus-ulrich klaus-werner
        klemens klothilde kläre knud knut kobe koen koenraad kofi koha konrad konstantin konstantinos konstanze kora
        korbinian kordula kori korinna kornelia kornelius kreszentia kreszenz kriemhild kris krista kristel kristen
        kristi kristiaan kristian kristiane kristie kristien kristijan kristin kristina kristine kristof kristopher
        kristy krystal krystyna krzysztof kujtim kunibert kunigunda kunigunde kuno kurt kurtis kushtrim kwame kyan
        kyano kyara kyla kyle kylian kylie kyllian kyra käte käthe käthi kévin labinot lacey lachlan ladina ladislaus
        laetitia laila lalo laly lambert lamberto lana lance lander lando lane laoise laora lara lara-sophie larissa
        larry lars laszlo latasha latoya laura laure laureano laureen lauren laurence laurens laurent laurenz lauretta
        lauriane laurie laurin laurine lautaro lavinia lawrence layla lazar lazzaro laëtitia lea lea-sophie leah lean
        leana leander leandra leandro leanne leano leart ledion lee leen leif leigh leila leire lejla lena lene leni
        lenn lennard lennart lennert lenny leo leocadia leocadio leokadia leon leona leonard leonardo leoncio leone
        leonel leonhard leoni leonid leonie leonor leonora leonore leontina leopold leopoldine leopoldo leroy lesley
        leslie leszek leticia letizia levi levin lewis lex leyla leyre leïla león lia liam lian liana liane lias libby
        liberto licia lidia lidija lidwina lieke lien lies liesa liesbet liesbeth lieschen liesel lieselot lieselotte
        lieve lieven lieze ligia lila lili lilia lilian liliana liliane lilija lilla lilli lilly lilo lilou lily lima
        lina lincoln linda linde lindita lindsay lindsey line ling linh linn linnea lino linus lio lioba lionel
        liridon liridona lirim lisa lisa-marie lisandro lisanne lisbeth lise liselotte lisette lissi lissy liv livia
        livio liz liza lize lizz lizzy ljiljana ljubica ljubisa ljudmila lloyd loan lode lodewijk lodovico loek loes
        logan loida lois lola lolita loni lonnie lope lora lorcan lore loredana lorena lorenz lorenza lorenzo loreto
        loretta lori lorik lorin loris lorna lorraine lot lothar lotta lotte lotti lou louane louis louisa louise
        louka louna lourdes lowie loïc loïs luan luana luc luca lucas luce lucette luchino lucho lucia luciana luciano
        lucie lucien lucienne lucila lucile lucinda lucio lucky lucrezia lucy lucía ludger ludivine ludmila ludmilla
        ludo ludovic ludovica ludovico ludovicus ludwig ludwina luigi luigia luigina luis luisa luisana luise luisina
        luitgard luka lukas lukasz luke luljeta lulzim luna lupe lupita lutgarde lutgardis lutgart lutz luuk luz luzia
        luzie luzius luís lya lyam lydia lydie lynda lyndon lyndsay lyndsey lynette lynley lynn lynne lynnette lynsey
        lászló lázaro léa léana léane léna léo léon léonard léonie léopold maaike maarten maartje macarena macaria
        macario macauley mackenzie maddalena maddison madeleine madelief madeline madison madlen mads mael maeva maeve
        magali magarete magda magdalena magdalene maggie magnus magret magrit mahi mahmoud mahmut maia maida maik
        maike mairead mairtin maite maja major makayla maksim malachy malcolm malea malena malgorzata malik malika
        malin mallory malte mamadou mamen manaaki manaia manawa mandy manfred manja manola manolo manon manu manuel
        manuela manuelita manus manuél mar mara maraea marc marcantonio marcel marcela marcelino marcella marcelle
        marcello marcelo marcia marcial marciano marcin marcio marco marcos marcus mare maree mareen mareike mareikura
        mareile marek maren marga margaret margareta margarete margaretha margarethe margarida margarita margaritha
        margaud margaux margherita margit margita margitta margo margot margret margreth margrit margrith marguerite
        mari maria maria-luise maria-theresia mariah mariam marian mariana marianela mariangela marianna marianne
        mariano maribel marica maricela maricruz marie marie-ange marie-anne marie-christine marie-claire marie-claude
        marie-france marie-françoise marie-hélène marie-jeanne marie-josé marie-laure marie-line marie-louise
        marie-luise marie-madeleine marie-noëlle marie-paule marie-pierre marie-rose marie-sophie marie-theres
        marie-therese marie-thérèse mariechen marieke mariele mariella marielle marieluise marietta mariette marija
        marijan marijana marijke marijn marika marilena marilyn marin marina marine marinette marino marinus mario
        mariola marion marisa marisela marisol marissa maristela marit marita maritta marius mariusz marjan marjorie
        mark marko markus marleen marlen marlene marlies marliese marlis marlise marloes marlon marlyse marlène marnix
        mart marta marten martha marthe martial martijn martin martina martine martino martirio martyn martín marvin
        mary maryam maryline marylène maryse marzena maría mason massimiliano massimo matej mateo matheo mathew
        mathias mathieu mathijs mathilda mathilde mathis mathys mathéo matias matilda matilde matiu mato mats matteo
        matthew matthias matthieu matthijs matthäus matti mattia mattias mattéo matéo matías maud maude maura maureen
        maurice mauricette mauricio maurilio maurin maurine maurits maurizio mauro maurus max maxence maxi maxim
        maxime maximiano maximilian maximiliano maximilien maximino maximo maxwell may maya mayte maël maëlle maëlys
        maëva maïté mckenzie meabh meagan meaghan mechthild mechthilde mechtild medina mees meg megan meghan mehdi
        mehmet mei meibh meik meike meinhard meinolf meinrad melania melanie melchior melchor melek melina melinda
        melisa melissa melita melitta melle melody melvin mentor meral mercedes merche mereana meredith merel meret
        mergim merijn merita merle merlin mert mervyn meryem mesut meta metin mette mhairi mia micaela micah micha
        michael michaela michaele michail michal michaël micheal micheala michel michela michelangelo michele
        micheletto micheline michelle michelotto michiel michèle mick mickaël mieke miel miguel miguela mihaela
        mihajlo mijo mika mikael mikaela mikaere mikayla mike mikhail mila milagros milan mile milena miles milica
        milka millie milo milorad milos milou mimoza min mina mindy minerva minh minna miodrag mira miran miranda
        mirco mireia mireille mirela mirella miriam miriama mirja mirjam mirjana mirko mirlinda miro miroslav miroslaw
        miroslawa mirsad mirta mirte mirthe mischa misty mitchel mitchell mitzy mladen mo modesta modesto mohamad
        mohamed mohammad mohammed moira moisés mollie molly mona monica monika monique monja montana montserrat mora
        morena moreno morgan morgane moritz morris muhamed muhamet muhammad muhammed muharrem murat muriel murielle
        murray musa mustafa mustapha muzaffer mya myles myriam myrta myrtha myrthe máxima máximo mégane mélanie mélina
        mélissa mélodie mónica nabil nacho nacio nada nadeschda nadeshda nadia nadin nadine nadja nadège nael nahiara
        nahuel naim nancy nand nando nanni naoimh naoise naomh naomi napoleone narcisa narciso naser nassim natacha
        natali natalia natalie natalija natalio natalja natan natanael natasa natascha natasha natasja nate nath
        nathalie nathan nathanael nathanaël nathaniel natividad naud nayara nayeli nazaret nazario nazmi naël naïm
        nebojsa necati nedda neha neil nela nele nelio nell nelli nelly nelson nemanja nenad neo nerea nereida nermin
        nevada nevaeh nevenka neville nevin nevio ngaire ngozi nia niall niamh nicanor niccolò nichola nicholas
        nichole nick nicky niclas nico nicodemo nicola nicolai nicolas nicolasa nicolaus nicole nicoletta nicolás
        nicolò nidia niek niels nienke nieves nigel nik nika nikau nikita nikki niklas niklaus niko nikola nikolai
        nikolaj nikolaos nikolas nikolaus nikolina nikora nilda nilo nils nina ninetta nino ninthe nisa nives nixon
        noa noah noam noe noel noelia noemi noemí nolan noor noortje nora norah norbert norberto nore norina norma
        norman notburga noud nour nout nova noé noémi noémie noël noëlla noëlle noëmi nuala nuno nuran nuray nurettin
        nuri nuria nurten nydia nynke nélida néstor obdulia octavia octavio océane oda odalis odalys odette odhran
        odile ofelia oisin oisín oksana olaf olalla olav ole olegario olena olga olimpia olive oliver olivia olivie
        olivier oluwaseun omar omer onofre onur oona oonagh opal ophélie oran orazio oreste orfhlaith orhan oriana
        orla orlagh orlaigh orlaith orlando ornella ortrud ortrun ortwin oscar oskar osman osvaldo oswald oswaldo
        oswin otfried othmar otilia otis otmar ottavio ottfried ottilia ottilie ottmar otto ottokar ottomar ottone
        ovidio owen oxana pablo paca paco pacífica padraic padraig padraigin page paige palmira paloma pam pamela
        pancho panfilo paola paoletta paolo paride paris parker pascal pascale pascaline pascual pascuala pasqual
        pasquale pastor pastora pat patience patric patrice patricia patricio patrick patrik patrizia patrizio
        patrícia patty paul paul-gerhard paul-heinz paula paule paulette paulien paulina pauline paulino paulo pauric
        pavel pawel payton paz peadar pearce pearl pearse pedro peer peggy pelayo pellegrino penelope penny pepe
        pepijn pepita pepito pepper perla perlita perrine perry petar peter peter-michael petr petra petrona petros
        petrus peyton phileine philip philipp philippa philippe philippine phillip philomena phoebe phoenix phyllis
        pia piaras piedad pien pier pierangelo pierce piergiorgio piergiuseppe pierina pierluigi piermaria piero
        pierpaolo pierre pierre-yves pierrette piersanti piet pieter pieter-jan pietro pilar pili pim pina piotr piper
        pippa pirmin pius pleun plinio plácido pol polina polly pompeo pomponio poncio pooja poppy porfirio precious
        predrag preston primitiva primitivo prince princess prisca priscila priscilla priska priya prudence prudencia
        prudencio puccio puck puk purificación pánfilo pénélope péter pía pío quentin quinn quinten quinty quique
        quirino rabea rachael rachel rachelle rachid rachida radmila raewyn raf rafa rafael rafaela rafaél rafaël
        raffael raffaela raffaele raffaella raffaellino raffaello rahel rahul raik raimondo raimund raimundo rain
        rainer raisa raissa raj ralf ralf-dieter ralf-peter ralph ramadan ramazan ramiro ramiz ramon ramona ramón rana
        randall randolf randy rani rania ranieri raoul raphael raphaela raphaël raquel raul raven ravi rawiri ray
        rayan rayana raymond raymonde raymund raúl rebeca rebecca rebekah rebekka recep reece reed regan regina
        reginald regine regula reimar reimer reimund reina reinald reinaldo reiner reingard reinhard reinhardt
        reinhart reinhild reinhilde reinhold rembrandt remedios remi remigio remo remy remzi rena renaat renata renate
        renato renaud rene renee reni rens renske renzo rené renée resi reto reuben rex rexhep reyes reyna reynaldo
        reza rhian rhianna rhianne rhiannon rhonda rhys ria rian ricarda ricardo riccardo ricciotti richard rick
        rickey ricky rico rigo rik riley rina rinaldo rino rinor rita river riza roan rob robbe robbie robby robert
        roberta roberto robin robyn rocco rochelle rochus rocky rocío rod roderich rodney rodolfo rodolphe rodrigo
        rodrigue roel roeland rogelio roger rohan roise roisin roland rolande rolando roldán rolf rolf-dieter
        rolf-peter roma romain romaine roman romana romane romano romeo romina romolo romuald romy román roméo ron
        ronald ronaldo ronan ronja ronnie ronny rony ronya roos roque rory rosa rosa-maria rosalba rosalia rosalie
        rosalina rosalinda rosalinde rosalva rosalía rosanna rosaria rosario rosaura rose rose-marie roseanna rosel
        roselinde roseline rosemarie rosemary rosenda rosendo rosetta rosette rosi rosie rosina rosita rosl rosmarie
        ross rossana roswita roswitha rotraud rotraut rouven rowan roxana roxane roy royal ruairi ruari ruben ruby
        rubén rudi rudolf rudolph rudy ruedi rufina rufino ruggero ruggiero rui rune rupert ruperta ruperto russell
        rusty rutger ruth ruthild ruud ruy ruzica ryan ryder ryszard régine régis régulo rémi rémy rómulo rüdiger saar
        saban sabas sabatino sabina sabine sabri sabrina sacha sadie sadik safet sage sahin sahra said sakura salih
        sally salma salome salomé salomón salud salvador salvatore salvi sam samanta samantha sami samir samira sammy
        samu samuel samuele samuël samy sancho sandalio sander sandor sandra sandrine sandro sandy sanela sanije sanja
        sanjay sanne sante santiago santino santos saoirse sara sarah sarah-jane sarah-louise sarina sarita sasa
        sascha sasha saskia saturnina saturnino saul savannah saverio saïd scarlett scot scott seamus sean sean-paul
        seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastien sebastián sedat segismundo selena selim
        selin selina seline selma sem semir semra sena senad senn senna senne senol senta seo seona sep sepp seppe
        serafina serafín seraina sereina serena serenity serge sergei sergej sergio sergius serkan serpil sessa seth
        seve severiano severin severino severo sevim seán shaban shakira shana shane shania shanice shanna shannan
        shannen shannon shari sharlene sharon shaun shauna shauneen shawn shawna shay shayne shea sheena sheila shelby
        shelia shelley shelly sheree sheri sherri sherry sheryl shirley shona shpresa shqipe sian sibel sibilla
        sibille sibylla sibylle siebe siegbert siegfried sieghard sieglinde siegmar siegmund siegrid siegried siegrun
        siegward siem sien siena sienna sierra sietse sietske sigfrido sigfried sigismund siglinde sigmar sigmund
        sigrid sigrun sigurd sil silas silja silke silva silvan silvana silvano silvester silvestre silvestro silvia
        silvio simeon simon simona simone simonetta simonne simón sina sinaida sinan sinead sinisa siobhan siofra
        sione siro siân sjaak sjoerd skender sky skye skyla skylar sladjana slavica slavisa slavko slawomir slobodan
        snezana socorro sofia sofiane sofie sofija sofía sol solange sole soledad soline solveig solène songül sonia
        sonja sonya sophia sophie sophie-louise sophie-marie soraya sorcha sosimo spencer stacey stacie stacy stan
        stanislaus stanislav stanislaw stanley star stavros stef stefaan stefan stefani stefania stefanie stefano
        steffen steffi stella sten stephan stephane stephanie stephen sterling sterre steve steven stewart stien stijn
        stilla stjepan stone storm stuart stéphan stéphane stéphanie sue summer sunita sunny suresh susan susana
        susanita susann susanna susannah susanne suse susi suus suzana suzanna suzanne suze suzy svea sven svenja
        svetlana swantje swen swetlana sybilla sybille sydney sylke sylvain sylvana sylvester sylvia sylviane
        sylvianne sylvie sylvio sylwia sébastien sérgio séverine sónia sönke sören sükrü süleyman tabea tabitha tadeo
        tadeusz tahir tai taine tama tamara tamati tami tammie tammy tamás tane tangaroa tanguy tania tanja tanner
        tanya tara tarik tasha tassilo tatiana tatjana tayla taylor tea tecla tegan telemaco telmo telse temistocle
        tenzin teo teobaldo teodor teodora teodoro teodosio tere terence teresa teresita terina terrance terrence
        terri terry tess tessa teun teuta teófila teófilo thaddäus thanh thea theda thekla theo theobald theodoor
        theodor theodora theodore theodoros theophil theres theresa therese theresia thiago thibaud thibault thibaut
        thibo thierry thies thijmen thijn thijs thilo thom thomas thor thoralf thorben thorsten théa théo théodore
        théophile thérèse tia tiago tiana tiare tiarna tiarnan tibe tibo tibor tiburcio tiegan tiernan ties tiffany
        tijl tijmen tijn tijs til till tillmann tilly tilman tilmann tilo tim timea timm timo timon timoteo timothy
        timothée timéo tina tine tineke tinne tino tirza tito tiziana tiziano tobias toby todd tom tomas tomasa tomasz
        tomislav tommaso tommy tomàs tomás toni tonia tonicha tonino tony tonya toon toralf torben tori toribio
        torquato torsten tory toño tracey traci tracie tracy traude traudel traudl traugott traute travis trent trevor
        tricia trini trinidad trinity tristan tristán troy trude trudel trudi tuana tullio tunde tuur twan tycho tygo
        tyla tyler tyrone tyson tânia téo tülay türkan ubaldo uberto udo ueli ugo ugolino ulf uli ulises ulla ullrich
        ulrich ulrike uma umberto umut undine urbain urban urbano uriel urs ursel ursina ursula urszula urte uschi uta
        ute utz uwe vadim vajèn valencia valentijn valentin valentina valentine valentino valentín valeri valeria
        valerie valerij valerio valero valeska valon valère valérie vanesa vanessa vania vasco vassilios vaughan
        veerle veit veli venancio venceslás vera verena vernon verona veronica veronika veronique verónica vesna vic
        vicenta vicente vicki vickie vicky victoire victor victoria victoriano victorino victory vidal vienna vigo
        vikram viktor viktoria vilma vince vincent vincentio vincenza vincenzo vinciane vinicio vinko vinzenz viola
        violet violeta violetta violette virgilio virginia virginie viridiana visar visitación vitali vito vitor
        vittoria vittorio vitus vivian viviana viviane vivien vivienne vjollca vladimir vlado vlora volkan volker
        volkhard volkmar vreneli véronique víctor wade waimarie walburga waldemar waldtraut walentina walfried walid
        walli wally walter walther waltraud waltraut waltrud wanda wannes ward warre warren warwick wayne wei wencke
        wendelin wendolin wendy wenke wenzel wera werner wesley wessel whitney wibke wiebke wieland wieslaw wietske
        wigbert wikitoria wilfredo wilfrido wilfried wilfriede wilhelm wilhelmine wilhelmus will willem willfried
        willi william willibald willibert willie willow willy wilma wiltrud wim winfried winter wiremu witold wladimir
        wojciech woldemar wolf wolf-dieter wolf-dietrich wolf-rüdiger wolfgang wolfhard wolfram wout wouter wulf wyatt
        wytze wálter xander xaver xavi xavier xenia ximena xiomara yael yago yaiza yana yanick yanik yanis yann yannic
        yannick yannik yannis yara yasemin yasin yasmin yasmina yasmine yassin yassine yeni yesenia yfke yilmaz yinthe
        ylenia ylvie yoann yohan yolanda yolande younes youri youssef ysaline yuki yuridia yusuf yvan yves yvette yvon
        yvonne yésica yéssica zac zacarías zach zacharie zachary zahra zaida zainab zaira zak zakaria zane zara
        zbigniew zdenka zdravko zeferino zehra zeki zeljko zeno zenon zenta zeynep zion zita zlatko zoe zoey zofia
        zoltan zoltán zora zoraida zoran zorica zoé zoë zsolt zuzana zélie áfrica ágata águeda álvaro ámbar ángel
        ángela ángeles áurea änne édgar édith édouard élisabeth élise élodie éléonore émile émilie éric étienne íngrid
        íñigo óliver óscar ömer özlem úrsula
        """

    /// Given names that are also common words: names only in name position.
    static let ambiguous = """
        abbey alba alle amado amber ambre amie amor amparo angel april art august aurore autumn baptist bas basil beau
        bella ben bianca bill billy blanca blanche bob bonnie brandy brook buddy candy caridad carol celeste chase
        cherry chiara christian claire clay clemente cliff constance constant consuelo coral cruz crystal daisy dale
        dawn dean destiny diamond dick dolly dolores domingo drew duke dulce earl earnest ebony eddy elke ella else
        engel ernst esperanza estrella eve faith fanny fausto felice felicidad felicity fidel fleur floor flor flora
        forest fortunato frank gale gay gem gemma gene ginger gioia glen gloria grace grant grazia guy hardy harmony
        hazel heath heather heide holly honey honor hope hunter iris ivy jack jade jasper jay jet jewel job joke joy
        june justice justo kai king kitty lance lander lane lea lieve lily line lot lucky luna luz major mar margarita
        marina marine mark martial mason max may mees melody merel mia milagros miles misty modesto nacho nieves nova
        olive opal page pastor patience paz pearl peer penny pepper perla pierce pilar piper poppy precious prince
        princess prudence rain randy raven ray reed reina remedios river robin rocky rocío rod roger roman roos rosa
        rose rosemary royal ruby rune rusty sage said sally salud salvador sandy serena serenity sherry silvester sky
        skye socorro sol soledad star stella sterling stone storm sue summer sunny tanner tea ties till toon trinidad
        trinity troy urban valentine vera victoire victory viola violet violeta violette wade ward warren will willow
        winter wolf
        """

    /// Given names that are also places: names only after a greeting, a relation or a name verb.
    static let places = """
        adelaide alexandria asunción augusta aurora austin brooklyn carolina charlotte chelsea chester concepción
        dakota dallas denver devon florence florencia georgia hamilton helena houston hudson indiana jordan kent
        kingston lima lincoln lorraine lourdes madison milan montana nancy nevada orlando paris phoenix regina roma
        santiago savannah siena sierra sofia sydney valencia verona victoria vienna virginia
        """

    /// Brands, landmarks and figures that start with a given name, their tokens joined by "_".
    static let notNames = """
        alexa baskin_robbins ben_&_jerry's calvin_klein captain_morgan carl's_jr casey's christian_dior
        christian_louboutin coco_chanel dave_&_buster's denny's dr_._pepper dr_pepper elizabeth_line estée_lauder
        giorgio_armani harley_-_davidson harley_davidson hugo_boss jack_daniel's jack_daniels jack_in_the_box jesus
        jesus_christ jesús jim_beam jimmy_choo jimmy_john's johnnie_walker karl_lagerfeld kate_spade louis_vuitton
        macy's marc_jacobs marie_curie mercedes mercedes_-_benz michael_kors papa_john's paul_smith ralph_lauren
        ronald_mcdonald santa_claus siri stella_mccartney ted_baker tim_hortons tom_ford tommy_hilfiger tory_burch
        trader_joe's vera_wang victoria's_secret victoria_line wendy's yves_saint_laurent
        """
}
