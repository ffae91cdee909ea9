/**
 * Hand-tabulated facts about countries that i18n-iso-countries lacks: demonyms (adjective and plural
 * forms) and capitals and major cities, plus extra short names. Format per line:
 *   CODE | demonyms, comma separated | cities, comma separated | extra names
 * Facts only (no third-party data set is copied); English spellings used by news agencies.
 */
export const COUNTRY_FACTS = `
AF|Afghan,Afghans|Kabul,Kandahar,Herat|
AL|Albanian,Albanians|Tirana|
DZ|Algerian,Algerians|Algiers,Oran|
AO|Angolan,Angolans|Luanda|
AR|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires,Córdoba,Rosario,Mendoza|
AM|Armenian,Armenians|Yerevan|
AU|Australian,Australians|Canberra,Sydney,Melbourne,Brisbane,Perth,Adelaide,Hobart,Darwin,Gold Coast|
AT|Austrian,Austrians|Vienna,Salzburg|
AZ|Azerbaijani,Azerbaijanis|Baku|
BD|Bangladeshi,Bangladeshis|Dhaka,Chittagong|
BY|Belarusian,Belarusians|Minsk|
BE|Belgian,Belgians|Brussels,Antwerp|
BO|Bolivian,Bolivians|La Paz,Sucre,Santa Cruz|
BA|Bosnian,Bosnians|Sarajevo|Bosnia
BW|Botswanan,Batswana|Gaborone|
BR|Brazilian,Brazilians|Brasília,Brasilia,São Paulo,Sao Paulo,Rio de Janeiro,Belo Horizonte,Salvador,Recife,Manaus,Porto Alegre,Fortaleza|
BG|Bulgarian,Bulgarians|Sofia|
KH|Cambodian,Cambodians|Phnom Penh|
CM|Cameroonian,Cameroonians|Yaoundé,Douala|
CA|Canadian,Canadians|Ottawa,Toronto,Montreal,Montréal,Vancouver,Calgary,Edmonton,Winnipeg,Halifax,Quebec City|
CL|Chilean,Chileans|Santiago,Valparaíso,Valparaiso,Antofagasta,Concepción|
CN|Chinese|Beijing,Shanghai,Guangzhou,Shenzhen,Wuhan,Chengdu,Hong Kong|
CO|Colombian,Colombians|Bogotá,Bogota,Medellín,Medellin,Cali,Cartagena,Barranquilla|
CD|Congolese|Kinshasa,Goma|DRC,DR Congo
CR|Costa Rican,Costa Ricans|San José|
HR|Croatian,Croatians,Croat,Croats|Zagreb|
CU|Cuban,Cubans|Havana|
CY|Cypriot,Cypriots|Nicosia|
CZ|Czech,Czechs|Prague|
DK|Danish,Dane,Danes|Copenhagen|
DO|Dominican,Dominicans|Santo Domingo|
EC|Ecuadorian,Ecuadorians|Quito,Guayaquil|
EG|Egyptian,Egyptians|Cairo,Alexandria,Giza,Luxor,Aswan,Port Said|
SV|Salvadoran,Salvadorans|San Salvador|
EE|Estonian,Estonians|Tallinn|
ET|Ethiopian,Ethiopians|Addis Ababa|
FJ|Fijian,Fijians|Suva,Nadi,Lautoka|
FI|Finnish,Finn,Finns|Helsinki|
FR|French|Paris,Marseille,Lyon,Toulouse,Nice,Bordeaux,Lille,Strasbourg,Nantes|
GE|Georgian,Georgians|Tbilisi|
DE|German,Germans|Berlin,Munich,Hamburg,Frankfurt,Cologne,Stuttgart,Düsseldorf,Dresden,Leipzig,Bonn|
GH|Ghanaian,Ghanaians|Accra,Kumasi,Tamale|
GR|Greek,Greeks|Athens,Thessaloniki|
GT|Guatemalan,Guatemalans|Guatemala City|
HT|Haitian,Haitians|Port-au-Prince|
HN|Honduran,Hondurans|Tegucigalpa|
HU|Hungarian,Hungarians|Budapest|
IS|Icelandic,Icelander,Icelanders|Reykjavík,Reykjavik|
IN|Indian,Indians|New Delhi,Delhi,Mumbai,Bengaluru,Bangalore,Chennai,Kolkata,Hyderabad,Pune,Ahmedabad,Sriharikota,Kerala|
ID|Indonesian,Indonesians|Jakarta,Surabaya,Bandung,Medan,Bali,Yogyakarta,Makassar|
IR|Iranian,Iranians|Tehran,Isfahan|
IQ|Iraqi,Iraqis|Baghdad,Basra,Mosul,Erbil|
IE|Irish|Dublin,Cork|
IL|Israeli,Israelis|Jerusalem,Tel Aviv|
IT|Italian,Italians|Rome,Milan,Naples,Turin,Florence,Venice|
CI|Ivorian,Ivorians|Abidjan,Yamoussoukro|
JM|Jamaican,Jamaicans|Kingston|
JP|Japanese|Tokyo,Osaka,Kyoto,Yokohama,Nagoya,Sapporo,Fukuoka,Hiroshima,Kobe,Sendai,Okinawa,Fukushima|
JO|Jordanian,Jordanians|Amman,Zarqa,Irbid,Aqaba|
KZ|Kazakh,Kazakhs|Astana,Almaty|
KE|Kenyan,Kenyans|Nairobi,Mombasa,Kisumu,Nakuru,Eldoret|
KW|Kuwaiti,Kuwaitis|Kuwait City|
KG|Kyrgyz|Bishkek|
LA|Lao,Laotian,Laotians|Vientiane|Laos
LV|Latvian,Latvians|Riga|
LB|Lebanese|Beirut|
LY|Libyan,Libyans|Tripoli,Benghazi|
LT|Lithuanian,Lithuanians|Vilnius|
MG|Malagasy|Antananarivo|
MW|Malawian,Malawians|Lilongwe,Blantyre|
MY|Malaysian,Malaysians|Kuala Lumpur,Penang|
ML|Malian,Malians|Bamako|
MX|Mexican,Mexicans|Mexico City,Guadalajara,Monterrey,Tijuana,Oaxaca,Puebla,Cancún,Cancun,Chiapas|
MD|Moldovan,Moldovans|Chișinău,Chisinau|Moldova
MN|Mongolian,Mongolians|Ulaanbaatar|
MA|Moroccan,Moroccans|Rabat,Casablanca,Marrakesh|
MZ|Mozambican,Mozambicans|Maputo|
MM|Burmese|Yangon,Naypyidaw,Mandalay|Burma
NA|Namibian,Namibians|Windhoek|
NP|Nepali,Nepalese|Kathmandu|
NL|Dutch|Amsterdam,Rotterdam,The Hague|Holland
NZ|New Zealander,New Zealanders,Kiwi,Kiwis|Wellington,Auckland,Christchurch,Hamilton,Dunedin,Tauranga,Napier,Nelson,Rotorua,Kaikōura|Aotearoa,NZ
NI|Nicaraguan,Nicaraguans|Managua|
NE|Nigerien,Nigeriens|Niamey|
NG|Nigerian,Nigerians|Abuja,Lagos,Kano,Ibadan,Port Harcourt,Enugu,Kaduna,Benin City|
KP|North Korean,North Koreans|Pyongyang|DPRK
NO|Norwegian,Norwegians|Oslo,Bergen,Trondheim,Stavanger,Tromsø,Tromso|
OM|Omani,Omanis|Muscat|
PK|Pakistani,Pakistanis|Islamabad,Karachi,Lahore,Peshawar|
PA|Panamanian,Panamanians|Panama City|
PG|Papua New Guinean,Papua New Guineans|Port Moresby,Lae|PNG
PY|Paraguayan,Paraguayans|Asunción|
PE|Peruvian,Peruvians|Lima,Cusco,Arequipa,Trujillo|
PH|Filipino,Filipinos,Philippine|Manila,Quezon City,Cebu,Davao|
PL|Polish,Pole,Poles|Warsaw,Kraków,Krakow,Gdańsk,Gdansk,Wrocław,Wroclaw,Łódź,Lodz,Poznań,Poznan|
PT|Portuguese|Lisbon,Porto|
QA|Qatari,Qataris|Doha|
RO|Romanian,Romanians|Bucharest|
RU|Russian,Russians|Moscow,St Petersburg,Saint Petersburg|
RW|Rwandan,Rwandans|Kigali|
SA|Saudi,Saudis|Riyadh,Jeddah,Mecca,Medina,Dammam|
SN|Senegalese|Dakar|
RS|Serbian,Serbians,Serb,Serbs|Belgrade|
SG|Singaporean,Singaporeans||
SK|Slovak,Slovaks|Bratislava|
SI|Slovenian,Slovenians|Ljubljana|
SO|Somali,Somalis|Mogadishu|
ZA|South African,South Africans|Pretoria,Johannesburg,Cape Town,Durban,Soweto,Port Elizabeth,Gqeberha,Bloemfontein|
KR|South Korean,South Koreans|Seoul,Busan,Incheon,Daegu,Gwangju,Daejeon|Korea
SS|South Sudanese|Juba|
ES|Spanish,Spaniard,Spaniards|Madrid,Barcelona,Valencia,Seville,Bilbao,Málaga,Malaga,Zaragoza|
LK|Sri Lankan,Sri Lankans|Colombo|
SD|Sudanese|Khartoum,Darfur|
SE|Swedish,Swede,Swedes|Stockholm,Gothenburg|
CH|Swiss|Bern,Zurich,Zürich,Geneva,Basel,Davos|
SY|Syrian,Syrians|Damascus,Aleppo|Syria
TW|Taiwanese|Taipei|
TJ|Tajik|Dushanbe|
TZ|Tanzanian,Tanzanians|Dodoma,Dar es Salaam,Zanzibar|
TH|Thai|Bangkok,Chiang Mai,Phuket|
TO|Tongan,Tongans|Nuku'alofa|
TN|Tunisian,Tunisians|Tunis|
TR|Turkish,Turk,Turks|Ankara,Istanbul,Izmir|
UG|Ugandan,Ugandans|Kampala|
UA|Ukrainian,Ukrainians|Kyiv,Kiev,Kharkiv,Odesa,Lviv|
AE|Emirati,Emiratis|Abu Dhabi,Dubai,Sharjah|Emirates
GB|British,Briton,Britons,English,Scottish,Welsh|London,Manchester,Birmingham,Edinburgh,Glasgow,Cardiff,Belfast,Liverpool,Leeds,Bristol,Oxford,Cambridge|Britain,England,Scotland,Wales,Northern Ireland
US|American,Americans|Washington,Washington DC,Washington D.C.,D.C.,New York,New York City,Los Angeles,Chicago,Houston,San Francisco,Seattle,Boston,Miami,Atlanta,Dallas,Denver,Detroit,Philadelphia,Phoenix,New Orleans,Silicon Valley,Texas,California,Florida,Alaska,Hawaii,Alabama,Arizona,Arkansas,Colorado,Connecticut,Delaware,Idaho,Illinois,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Utah,Vermont,West Virginia,Wisconsin,Wyoming,Oklahoma City,Kansas City,Salt Lake City,Carson City,Jersey City,Atlantic City,Iowa City|America
UY|Uruguayan,Uruguayans|Montevideo|
UZ|Uzbek,Uzbeks|Tashkent,Samarkand|
VE|Venezuelan,Venezuelans|Caracas,Maracaibo|
VN|Vietnamese|Hanoi,Ho Chi Minh City,Da Nang,Haiphong,Hue|Viet Nam
YE|Yemeni,Yemenis|Sanaa,Sana'a,Aden|
ZM|Zambian,Zambians|Lusaka|
ZW|Zimbabwean,Zimbabweans|Harare,Bulawayo|
WS|Samoan,Samoans|Apia|
VU|Ni-Vanuatu|Port Vila|
SB|Solomon Islander,Solomon Islanders|Honiara|
KI|I-Kiribati|Tarawa|
PW|Palauan|Koror|
CK|Cook Islander,Cook Islanders|Rarotonga|
`;
