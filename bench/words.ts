/**
 * The generator's vocabulary, roughly in order of how often such words occur in a diary, so a
 * Zipf draw over the list gives realistic word frequencies (a few very common words, a long tail).
 */
export const WORDS: readonly string[] = `
the and to a I we of it was in that you my for on with me is at but so had our he she
they this be have not just what all were about when up out like there one time as from
then had been would could if or do did went got more some day really her his us an them
today back after night felt by said know how would think because still little much new
never know good see even feel always around made first long again home before last while
over both two love talk take make together each other too very said away through week
year morning evening into thing something nothing every any where down years well better
right need want wanted tried told asked thought looked found came left kept started
walk walked dinner kitchen coffee tea breakfast lunch table window garden rain sun snow
car train bus drive drove beach sea river lake park city street house room bed couch
laughed cried smiled hugged kissed listened argued apologised forgave promised remembered
forgot planned cooked cleaned moved painted built fixed wrote read watched played sang
danced slept woke waited worried hoped missed visited called texted shared helped carried
quiet loud warm cold tired happy sad angry calm gentle soft hard honest patient kind
funny silly proud grateful sorry scared nervous excited relieved lonely close safe
mother father sister brother friend friends family baby kids children daughter son
grandmother grandfather neighbour doctor teacher boss dog cat garden flowers music song
film book letter photo ring cake wine bread soup pasta pancakes picnic candle blanket
holiday trip weekend birthday anniversary wedding christmas summer winter spring autumn
sunday monday friday saturday hospital office school work money rent bills job interview
promotion move apartment keys boxes paint wall door roof stairs balcony fire storm
mountain forest path hill island harbour bridge market cafe restaurant station airport
flight hotel tent camp map ticket suitcase passport umbrella bicycle boat swim swam
hike hiked climbed ran run tennis football chess puzzle game cards dance concert museum
gallery theatre cinema library bookshop bakery church festival fair wedding party
guests speech toast vows dress suit flowers rings cake photographer shoes rain
conversation silence distance space time patience trust respect care attention promise
apology repair fight argument misunderstanding mistake lesson habit routine ritual
chores dishes laundry groceries budget savings plan plans future past memory memories
dream dreams fear fears hope worry stress sleep health illness recovery therapy session
counsellor exercise checkin appreciation gratitude thanks surprise gift note letter
compliment hug kiss hand hands shoulder eyes voice face smile laugh tears heart
morning coffee sunrise sunset stars moon candlelight fireplace porch steps garden
tomatoes roses tulips apples oranges lemons strawberries chocolate ice cream popcorn
quietly slowly gently finally suddenly honestly together apart almost nearly enough
understand understood explain explained admit admitted notice noticed appreciate
appreciated comfort comforted support supported surprise surprised celebrate celebrated
decide decided agree agreed disagree disagreed choose chose change changed grow grew
learn learned laugh laughing crying talking walking holding waiting listening trying
`
  .split(/\s+/)
  .filter(Boolean)
  .filter((w, i, all) => all.indexOf(w) === i);

/**
 * Rare words: places and names that turn up in a small share of entries, so searches for them
 * match a handful of entries (and the large-vault test can know exactly which).
 */
export const PLACES: readonly string[] = `
lisbon porto seville granada valencia bilbao toulouse lyon marseille nantes bordeaux
strasbourg geneva lausanne zurich basel innsbruck salzburg vienna graz ljubljana zagreb
split dubrovnik sarajevo belgrade budapest bratislava prague brno krakow gdansk wroclaw
warsaw vilnius riga tallinn helsinki tampere stockholm uppsala gothenburg malmo oslo
bergen trondheim tromso reykjavik akureyri copenhagen aarhus odense hamburg bremen
hanover leipzig dresden berlin potsdam munich nuremberg heidelberg freiburg cologne
bonn aachen antwerp ghent bruges brussels utrecht leiden haarlem rotterdam delft
groningen maastricht luxembourg dublin galway cork belfast glasgow edinburgh inverness
aberdeen dundee york leeds liverpool manchester sheffield bristol bath oxford cambridge
norwich brighton cornwall devon snowdonia cardiff swansea naples palermo catania
bologna florence siena pisa lucca verona venice trieste turin genoa milan bergamo
como athens thessaloniki crete rhodes corfu naxos santorini istanbul izmir antalya
marrakech fez tangier essaouira cairo luxor tunis kyoto osaka nara sapporo hakone
nagano busan seoul taipei hanoi hue saigon bangkok chiangmai penang kuching bali
lombok sydney melbourne hobart adelaide perth darwin auckland wellington queenstown
vancouver victoria calgary banff toronto montreal quebec halifax boston portland
seattle chicago denver austin savannah charleston mexico oaxaca havana lima cusco
quito bogota cartagena santiago valparaiso mendoza montevideo
`
  .split(/\s+/)
  .filter(Boolean)
  .filter((w, i, all) => all.indexOf(w) === i);

/** About sixty tags, most used first. */
export const TAGS: readonly string[] = `
family travel home date-night friends kids work money health holiday anniversary
birthday food cooking walks music films books garden pets parents in-laws weekend
christmas summer winter moving house-work chores budget savings career school
therapy checkin repair gratitude apology argument stress sleep exercise hiking beach
camping city concert museum wedding baby pregnancy grief illness hospital recovery
tradition ritual surprise gift letters photos road-trip first-time milestone
`
  .split(/\s+/)
  .filter(Boolean)
  .filter((w, i, all) => all.indexOf(w) === i);
