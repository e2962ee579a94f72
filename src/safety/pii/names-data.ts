// Word lists for recognizing private persons' names. Assembled by hand: common
// first names of US students, families and staff across communities; names
// that are also everyday words (only trusted next to a surname or a cue); and
// well-known public, historical and fictional people, who are not private
// persons and are never redacted.

const first = `
aaliyah aaron abby abigail abdul abdullah adam adrian adriana aidan aiden aisha alan alana albert alejandro alex alexa
alexander alexandra alexis alfredo ali alice alicia alina alisha alissa allison alyssa amanda amani amara amaya amelia amir
amy ana anastasia andre andrea andres andrew angela angelica angelina anika anita anjali ann anna annabelle anne annie
anthony antonio anya ariana arianna ariel arjun armando arnav arthur arturo asher ashley ashton aubrey audrey austin ava
avery axel ayaan ayden ayesha barbara beatriz becky bella ben benjamin bethany beverly bianca blake brandon brayden brenda
brendan brian briana brianna brittany brooke brooklyn bryan bryce caden caitlin caleb camila cameron camille carla carlos
carmen carol caroline carolyn carson carter casey cassandra catherine cecilia cesar chad chana chantel charles charlie
charlotte chase chelsea chen cheryl chloe chris christian christina christine christopher cindy claire clara claudia cody
colin colton connor cooper courtney cristian crystal cynthia daisy dakota dallas damian damon dana daniel daniela danielle
danny darius darnell darren david dawn deandre deborah deja denise dennis derek desiree destiny devin devon dhruv diana
diego dimitri dominic donald donna dorothy dylan ebony eduardo edward eileen elena eli elias elijah elisa elizabeth ella
ellie emily emma emmanuel enrique eric erica erik erin esmeralda esther ethan eva evan evelyn ezra fatima felipe fernando
fiona francisco frank gabriel gabriela gabriella gavin gemma george gerardo gianna gina giovanni giselle grace gracie
greg gregory guadalupe gustavo hailey haley hana hannah harper harrison hassan hayden heather hector helen henry hiroshi
hudson hunter ian imani isaac isabel isabella isaiah ivan jack jackie jackson jacob jada jade jaden jaime jake jalen
james jamal jamie jana janet janelle janice jared jasmine jason javier jaxon jay jayden jayla jaylen jean jeffrey jenna
jennifer jeremiah jeremy jesse jessica jesus jillian jimena joanna joaquin jocelyn joel john johnny jonah jonathan jordan
jorge jose joseph joshua josiah joy juan julia julian juliana julie julio justin kai kaitlyn kamal karen karina karla
kate katelyn katherine kathleen kathryn katie kayla kaylee keisha keith kelly kelsey kendall kendra kenji kenneth kevin
keyla khalid kiara kim kimberly kobe kristen kyle kylie lamar lana landon latoya laura lauren layla leah leila leo leon
leonardo liam lila lillian lily linda lindsey logan lorenzo louis lucas lucia luciana luis luke luna lydia mackenzie
madeline madelyn madison malik manuel marco marcus margaret maria mariah mariana marisol mark marta martha martin mary
mason mateo matthew maya megan melanie melissa mia micah michael michelle miguel mila miles miranda mohamed mohammad
mohammed molly monica morgan muhammad mya nadia naomi natalia natalie nathan nathaniel nayeli neha nevaeh nia nicholas
nicole nina noah noelle nolan nora olivia omar oscar owen pablo paige pamela paola parker patricia patrick paul paula
pedro peter peyton preston priya rachel rafael rahul ramon randy raul rebecca reggie riley rita rob robert roberto robin
rohan roman ronald rosa rosalind ruby ruth ryan sabrina sadie samantha samir samuel sandra santiago sara sarah savannah
scarlett sean sebastian sergio seth shanice shannon sharon shawn shreya sienna sierra simon skylar sofia sophia sophie
stacy stella stephanie stephen steven sydney tamika tanya tara taylor teresa terrence tiana tiffany timothy tina tony
travis trevor trinity tristan troy tyler tyrone valentina valeria vanessa veronica victor victoria vikram vincent violet
vivian wei wendy william wyatt xavier ximena yasmin yesenia yolanda yusuf zachary zane zara zoe zoey
`;

/** First names that are also ordinary words: trusted only with a surname or a strong cue ("my friend Will"). */
const everyday = `
will may june april august grace hope faith joy dawn summer autumn rose lily ruby jade amber pearl ivy olive hazel
mark bill pat sue art jack max chase hunter rob ray guy nick drew wade dean grant lance miles frank earl penny
angel bella crystal destiny harmony heaven honor justice liberty mercy patience trinity unity sky river rain storm
brooks parker carter cooper mason taylor jordan morgan hayden austin dallas paris georgia virginia madison jackson
lincoln kennedy harper sage reed rich sunny gene cash king prince major royal bishop page holly iris daisy violet
`;

/** Public figures, historical people and fictional characters that students write about. Lower case. */
const publicNames = `
george washington|abraham lincoln|thomas jefferson|john adams|benjamin franklin|alexander hamilton|martin luther king|
martin luther|rosa parks|harriet tubman|frederick douglass|sojourner truth|malcolm x|john brown|ulysses grant|
robert lee|andrew jackson|theodore roosevelt|franklin roosevelt|eleanor roosevelt|john kennedy|barack obama|donald trump|
joe biden|kamala harris|hillary clinton|bill clinton|ronald reagan|richard nixon|jimmy carter|george bush|susan anthony|
elizabeth stanton|amelia earhart|albert einstein|marie curie|isaac newton|charles darwin|galileo galilei|nikola tesla|
thomas edison|ada lovelace|alan turing|rosalind franklin|jane goodall|neil armstrong|sally ride|katherine johnson|
mae jemison|stephen hawking|carl sagan|william shakespeare|emily dickinson|edgar allan poe|mark twain|maya angelou|
langston hughes|toni morrison|harper lee|john steinbeck|f scott fitzgerald|ernest hemingway|jane austen|charles dickens|
george orwell|ray bradbury|robert frost|walt whitman|elie wiesel|anne frank|helen keller|louis braille|jackie robinson|
michael jordan|lebron james|serena williams|taylor swift|beyonce knowles|percy jackson|tom robinson|sylvia plath|tim johnson|atticus finch|scout finch|jem finch|boo radley|bob ewell|mayella ewell|harry potter|hermione granger|
ron weasley|katniss everdeen|peeta mellark|atticus finch|scout finch|jay gatsby|holden caulfield|romeo montague|
juliet capulet|lady macbeth|ralph|piggy|jack merridew|george milton|lennie small|ponyboy curtis|johnny cade|
nelson mandela|mahatma gandhi|winston churchill|adolf hitler|joseph stalin|napoleon bonaparte|julius caesar|caesar|jack london|ethan frome|victor frankenstein|frankenstein|hail mary|walter dean myers|dean myers|ted lavender|miss maudie|maudie atkinson|tim o'brien|kate chopin|sandra cisneros|zora neale hurston|gary paulsen|lois lowry|chinua achebe|arthur miller|lorraine hansberry|jason reynolds|angie thomas|khaled hosseini|suzanne collins|william golding|aldous huxley|mary shelley|ralph ellison|richard wright|amy tan|julia alvarez|kurt vonnegut|
cleopatra|christopher columbus|queen elizabeth|king george|pocahontas|sacagawea|lewis and clark|meriwether lewis|
william clark|cesar chavez|dolores huerta|ruby bridges|thurgood marshall|sandra day|ruth bader ginsburg|
greta thunberg|malala yousafzai|elon musk|steve jobs|bill gates|mark zuckerberg|jeff bezos|walt disney|
santa claus|peter pan|alice liddell|charlie brown|winnie the pooh|john henry|paul bunyan|johnny appleseed|
anne hathaway|emma watson|tom holland|zendaya|greg heffley|wimpy kid|junie jones|nancy drew|hardy boys|
tom robinson|bob ewell|mayella ewell|boo radley|arthur radley|jem finch|dill harris|heck tate|tom sawyer|huck finn|
huckleberry finn|tom buchanan|daisy buchanan|nick carraway|jordan baker|myrtle wilson|george wilson|hester prynne|
arthur dimmesdale|roger chillingworth|john proctor|abigail williams|elizabeth proctor|brian robeson|auggie pullman|
bud caldwell|stanley yelnats|charlie bucket|willy wonka|anne shirley|jo march|meg march|amy march|beth march|
elizabeth bennet|fitzwilliam darcy|jane eyre|edward rochester|victor frankenstein|winston smith|guy montag|
mildred montag|gale hawthorne|primrose everdeen|haymitch abernathy|effie trinket|draco malfoy|albus dumbledore|
severus snape|tom riddle|frodo baggins|bilbo baggins|samwise gamgee|annabeth chase|rowley jefferson|ramona quimby|
beezus quimby|henry huggins|fern arable|matilda wormwood|james trotter|phoebe caulfield|sodapop curtis|darry curtis|
dallas winston|bob sheldon|cherry valance|friar laurence|mark antony|starr carter|khalil harris|melinda sordino|
andy evans|steve harmon|hazel lancaster|augustus waters|tris prior|tobias eaton|bella swan|edward cullen|jacob black|
esperanza cordero|esperanza ortega|jonas|okonkwo|curley|lennie|piggy|tybalt|mercutio|macbeth|banquo|macduff|hamlet|
ophelia|polonius|laertes|iago|desdemona|othello|brutus|cassius|montresor|fortunato|rainsford|zaroff|jim crow|
`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** More first names from the families our districts serve (East and South Asian, Arabic, West African, recent US favorites). */
const moreFirst = `
mei jun hui xin ying ming tuan linh thanh huong minh anh khanh duc joon jae hyun jiwoo minjun seoyeon haeun aarav vihaan
aditya ananya diya ishaan kavya sanjay pooja ravi deepa lakshmi sunil zainab noor mariam ahmed rania kwame chidi ngozi
tunde kofi abena zuri alejandra lena tariq kinsley paisley emery declan theo ezekiel silas tommy timmy jimmy kenny ricky
stevie joey mikey freddie gabe nate matt mike dave steve sam josh zach tom tim jim ron ted pete joe jon dan phil jeff andy
rick pam deb beth liz jen meg maddie lexi lizzy becca cole
karin keanu sarai oskar nico tessa kainoa leilani malia noelani ikaika makoa anahi itzel ximena yaretzi dulce marisol
`;

/** First names that are also ordinary words or syllables elsewhere: trusted only with a surname or a strong cue. */
const moreEveryday = "lin li min jin hao bao ayo nova willow aurora rowan finn yan billy teddy bobby bob don ken molly";

export const firstNames: ReadonlySet<string> = new Set([...words(first), ...words(moreFirst), ...words(everyday), ...words(moreEveryday)]);
export const everydayWordNames: ReadonlySet<string> = new Set([...words(everyday), ...words(moreEveryday)]);
export const publicFigures: ReadonlySet<string> = new Set(
  publicNames
    .split("|")
    .map((n) => n.trim().replace(/\s+/g, " "))
    .filter(Boolean),
);
