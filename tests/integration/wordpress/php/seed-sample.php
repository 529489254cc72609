<?php
// wp-fixture seed-sample: fills a fresh fixture blog with sample content written for Longhand: film reviews
// in every post status, a category tree, tags, generated poster images (two of them featured images), and
// comment threads in every moderation state. Prints a JSON summary (ids by slug) and writes it to
// STATE/sample.json. Runs once per fresh install: `wp-fixture reset` first to seed again.

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

if (get_option('longhand_sample_seeded')) {
    longhand_fail('sample content is already there: run `wp-fixture reset STATE` first');
}

$state = getenv('LONGHAND_WP_STATE');
$now = time();
$day = DAY_IN_SECONDS;

function user_id(string $login): int
{
    $user = get_user_by('login', $login);
    if (!$user) {
        longhand_fail("no user $login");
    }
    return $user->ID;
}

// --- terms ----------------------------------------------------------------------------------------------------

function term(string $taxonomy, string $name, string $description = '', int $parent = 0): int
{
    $existing = term_exists($name, $taxonomy, $parent ?: null);
    if ($existing) {
        return (int) $existing['term_id'];
    }
    $term = longhand_check(wp_insert_term($name, $taxonomy, ['description' => $description, 'parent' => $parent]),
        "creating $taxonomy $name");
    return (int) $term['term_id'];
}

$reviews = term('category', 'Reviews', 'Longer pieces on a single film.');
$categories = [
    'reviews' => $reviews,
    'classics' => term('category', 'Classics', 'Films at least thirty years old.', $reviews),
    'animation' => term('category', 'Animation', 'Drawn, painted and modelled films.', $reviews),
    'essays' => term('category', 'Essays', 'Thinking aloud about watching films.'),
    'news' => term('category', 'Blog news', 'What is coming up here.'),
];

// --- images ---------------------------------------------------------------------------------------------------

// A poster-like PNG drawn with GD: a vertical gradient, a disc, and the title. GD ships with WordPress's
// Debian dependencies (php-gd); the DejaVu font is used when it is installed.
function make_poster(string $path, string $title, string $subtitle, array $top, array $bottom): void
{
    $width = 1200;
    $height = 675;
    $image = imagecreatetruecolor($width, $height);
    for ($y = 0; $y < $height; ++$y) {
        $t = $y / ($height - 1);
        $colour = imagecolorallocate($image,
            (int) round($top[0] + ($bottom[0] - $top[0]) * $t),
            (int) round($top[1] + ($bottom[1] - $top[1]) * $t),
            (int) round($top[2] + ($bottom[2] - $top[2]) * $t));
        imageline($image, 0, $y, $width - 1, $y, $colour);
    }
    $disc = imagecolorallocatealpha($image, 255, 244, 214, 90);
    imagefilledellipse($image, 880, 250, 380, 380, $disc);
    $white = imagecolorallocate($image, 250, 248, 240);
    $grey = imagecolorallocate($image, 200, 196, 186);
    $font = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
    $light = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (function_exists('imagettftext') && is_file($font) && is_file($light)) {
        imagettftext($image, 64, 0, 80, 520, $white, $font, $title);
        imagettftext($image, 28, 0, 84, 580, $grey, $light, $subtitle);
    } else {
        imagestring($image, 5, 80, 500, $title, $white);
        imagestring($image, 4, 80, 540, $subtitle, $grey);
    }
    imagepng($image, $path, 6) or longhand_fail("cannot write $path");
    imagedestroy($image);
}

function attach_poster(string $slug, string $title, string $subtitle, array $top, array $bottom, int $postId,
    string $alt, string $caption): int
{
    $tmp = wp_tempnam($slug . '.png');
    make_poster($tmp, $title, $subtitle, $top, $bottom);
    $file = ['name' => $slug . '.png', 'type' => 'image/png', 'tmp_name' => $tmp, 'error' => 0,
        'size' => filesize($tmp)];
    $id = longhand_check(media_handle_sideload($file, $postId, $title . ' poster', [
        'post_excerpt' => $caption,
        'post_author' => (int) get_post_field('post_author', $postId),
    ]), "uploading $slug.png");
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

// --- posts ----------------------------------------------------------------------------------------------------

function paragraphs(array $texts): string
{
    return implode("\n\n", $texts);
}

// One block of block-editor markup.
function block(string $name, string $html): string
{
    return "<!-- wp:$name -->\n$html\n<!-- /wp:$name -->";
}

function post(array $fields, int $when): int
{
    $gmt = gmdate('Y-m-d H:i:s', $when);
    $fields += [
        'post_type' => 'post',
        'post_status' => 'publish',
        'comment_status' => 'open',
        'ping_status' => 'closed',
        'post_date_gmt' => $gmt,
        'post_date' => get_date_from_gmt($gmt),
    ];
    return longhand_check(wp_insert_post(wp_slash($fields), true), 'creating post ' . $fields['post_name']);
}

$admin = user_id('admin');
$editor = user_id('editor');
$author = user_id('author');
// As the administrator, so post content is stored as written rather than filtered for an anonymous user.
wp_set_current_user($admin);

$posts = [];

$posts['stalker'] = post([
    'post_name' => 'stalker-a-walk-to-the-room',
    'post_title' => 'Stalker: a walk to the Room that takes three hours and feels like one',
    'post_author' => $editor,
    'post_excerpt' => 'Tarkovsky turns a science-fiction premise into a film about faith, fatigue and wet ground.',
    'post_content' => paragraphs([
        '<p>On paper, <em>Stalker</em> (Andrei Tarkovsky, 1979) is a genre picture: a guide leads two clients, '
        . 'a Writer and a Professor, through a forbidden Zone towards a Room said to grant the deepest wish of '
        . 'whoever steps inside. Anyone expecting traps and monsters will be disappointed within minutes. The '
        . 'danger in the Zone is never shown, only believed in, and the film asks us to believe along with the '
        . 'guide or to sit there with the Professor, arms folded.</p>',
        '<p>What stays with me is the texture. The world outside the Zone is printed in a muddy sepia, all '
        . 'peeling plaster and puddles; the moment the three men cross over, colour seeps back into the grass. '
        . 'The trip in, on a rail trolley whose wheels clack for minutes over a soundtrack that slowly turns the '
        . 'rhythm into music, is one of the great passages of film sound. It is the point where you either give '
        . 'up on the film or give yourself to it.</p>',
        '<p>The talk between the three men is bitter and funny by turns. The Writer performs his cynicism, the '
        . 'Professor hides a purpose of his own in his rucksack, and the Stalker, played by Aleksandr '
        . 'Kaidanovsky as a man held together by nerves, keeps insisting that the Zone rewards humility. None of '
        . 'them quite dares to go in.</p>',
        '<p>Is it slow? Yes, on purpose. The long takes let the eye wander over water, rust and a drowned '
        . 'syringe until the images start to feel like memories of your own. I came out tired and oddly '
        . 'grateful. Watch it on the biggest screen you can find, and leave your phone in another room.</p>',
    ]),
    'post_category' => [$categories['reviews'], $categories['classics']],
    'tags_input' => ['Tarkovsky', 'science fiction', 'slow cinema', 'long takes'],
], $now - 34 * $day);

$posts['seven-samurai'] = post([
    'post_name' => 'seven-samurai-and-the-farmers-who-win',
    'post_title' => 'Seven Samurai, and the farmers who win',
    'post_author' => $editor,
    'post_excerpt' => 'Kurosawa\'s epic is a war film, a comedy and a quiet argument about who pays for heroes.',
    'post_content' => paragraphs([
        '<p>Akira Kurosawa\'s <em>Seven Samurai</em> (1954) runs well over three hours and never once drags. '
        . 'A village of rice farmers, knowing bandits will return after the harvest, goes to town to hire '
        . 'masterless samurai who will fight for nothing but food. The first hour is a recruiting story, and it '
        . 'is a joy: each swordsman is introduced with a little test of character, so that by the time the '
        . 'seventh one signs up we know exactly who they are.</p>',
        '<p>Takashi Shimura holds the centre as Kambei, the tired, tactical leader who shaves his head to save '
        . 'a child in his first scene. Around him Toshiro Mifune bounces off the walls as Kikuchiyo, a farmer\'s '
        . 'son pretending to be a samurai, loud, vain and finally the most moving person in the film. His '
        . 'outburst about what samurai have done to farmers turns the whole story over.</p>',
        '<p>The last battle, fought in mud and driving rain, is still the model for every siege sequence since. '
        . 'Kurosawa keeps the geography clear with a hand-drawn map and a tally of bandits crossed off one by '
        . 'one, so the chaos never becomes confusion.</p>',
        '<p>And then the ending, which refuses triumph. The farmers plant their fields singing; the surviving '
        . 'samurai stand by the graves of their friends and understand that the victory belongs to someone '
        . 'else. It is the right ending, and it is why the film is more than an adventure.</p>',
    ]),
    'post_category' => [$categories['reviews'], $categories['classics']],
    'tags_input' => ['Kurosawa', 'samurai', 'Japanese cinema', 'ensemble'],
], $now - 27 * $day);

$posts['paris-texas'] = post([
    'post_name' => 'paris-texas-a-man-walks-out-of-the-desert',
    'post_title' => 'Paris, Texas: a man walks out of the desert',
    'post_author' => $admin,
    'post_excerpt' => 'Wenders and Shepard make a road movie about the distance between two people in one room.',
    'post_content' => paragraphs([
        '<p>The first image of <em>Paris, Texas</em> (Wim Wenders, 1984) is a man in a red cap and a dusty '
        . 'suit walking across a landscape that looks like the surface of another planet. Harry Dean Stanton '
        . 'plays Travis, who has been missing for four years and has apparently decided to stop speaking. His '
        . 'brother Walt drives out from Los Angeles to bring him home, and most of the first act is the two of '
        . 'them in a car, one talking and one staring out of the window.</p>',
        '<p>Sam Shepard\'s script lets the silence do a lot of work. When Travis begins to talk again, it is to '
        . 'his young son Hunter, who has been raised by Walt and his wife and barely remembers him. Their '
        . 'awkward walk home from school, on opposite sides of the street, copying each other\'s steps, is as '
        . 'tender as anything I know in American film.</p>',
        '<p>Then the film turns towards Jane, the boy\'s mother, whom Travis finds working in a booth where '
        . 'customers talk to women through a one-way mirror. The two long conversations in that booth, with '
        . 'Nastassja Kinski on one side of the glass and Stanton on the other, are the reason the film exists. '
        . 'He tells their story in the third person because he cannot say it any other way.</p>',
        '<p>Robby Müller\'s photography makes neon, concrete and sky look equally lonely, and Ry Cooder\'s '
        . 'slide guitar sounds like wind in a wire fence. A sad film, but not a hopeless one.</p>',
    ]),
    'post_category' => [$categories['reviews'], $categories['classics']],
    'tags_input' => ['Wim Wenders', 'road movie', 'American cinema'],
], $now - 20 * $day);

$posts['spirited-away'] = post([
    'post_name' => 'spirited-away-for-grown-ups',
    'post_title' => 'Spirited Away, watched again as a grown-up',
    'post_author' => $author,
    'post_excerpt' => 'Miyazaki\'s bathhouse of the gods is a children\'s film about work, names and getting lost.',
    'post_content' => paragraphs([
        '<p>I first saw <em>Spirited Away</em> (Hayao Miyazaki, 2001) as a teenager and remembered it as a '
        . 'fairy tale full of strange creatures. Watching it again, what strikes me is how much of it is about '
        . 'having a job. Ten-year-old Chihiro wanders with her parents into an empty town, her parents eat food '
        . 'that is not theirs and turn into pigs, and to save them she has to sign a contract with the witch '
        . 'Yubaba and scrub tubs in a bathhouse for spirits.</p>',
        '<p>The contract costs her most of her name. Yubaba keeps a single character of it and calls her Sen, '
        . 'and the film treats forgetting your name as the real danger, worse than any monster. The boy Haku, '
        . 'who helps her, has already forgotten his.</p>',
        '<p>Miyazaki fills the frame with labour: boiler-room soot sprites carrying coal, frogs and slugs '
        . 'running the floors, a stink spirit who turns out to be a polluted river. The quiet sequences matter '
        . 'as much as the spectacle. A train ride across a flooded plain, with silent passengers getting off '
        . 'at stations in the middle of the water, is one of the most peaceful things in animation.</p>',
        '<p>No-Face, the lonely spirit who swallows everyone who accepts his gold, still frightens me more than '
        . 'any villain. A film for children that does not talk down to them, and for adults who have '
        . 'forgotten something.</p>',
    ]),
    'post_category' => [$categories['reviews'], $categories['animation']],
    'tags_input' => ['Miyazaki', 'Studio Ghibli', 'Japanese cinema', 'animation'],
], $now - 12 * $day);

// Written in block-editor markup, as posts made in wp-admin are, so a client meets both forms.
$posts['the-third-man'] = post([
    'post_name' => 'the-third-man-vienna-in-ruins',
    'post_title' => 'The Third Man: Vienna in ruins, and a zither',
    'post_author' => $editor,
    'post_excerpt' => 'Carol Reed\'s noir is tilted, rain-slicked and far funnier than its reputation.',
    'post_content' => implode("\n\n", [
        block('paragraph', '<p>Holly Martins, a writer of cheap westerns, arrives in post-war Vienna to take a '
            . 'job from his old friend Harry Lime and learns on the first day that Harry has just been buried. '
            . '<em>The Third Man</em> (Carol Reed, 1949, from a script by Graham Greene) follows Holly as he '
            . 'refuses to accept the official story, with less skill and more stubbornness than any detective '
            . 'should have.</p>'),
        block('paragraph', '<p>The city itself is the star: bombed facades, rubble heaps, cobbles shining with '
            . 'rain, and a camera that keeps tilting as if the whole continent had been knocked off balance. '
            . 'Anton Karas\'s zither score, jaunty where you expect menace, makes everything stranger.</p>'),
        block('quote', '<blockquote class="wp-block-quote"><p>Nobody in this film is innocent, and the only one '
            . 'who thinks he is turns out to be the most dangerous.</p><cite>from my notes, third viewing</cite>'
            . '</blockquote>'),
        block('paragraph', '<p>Orson Welles is on screen for a few minutes and owns the picture. His entrance, a '
            . 'face lit up in a doorway by a lamp from a window above, is one of the great reveals, and his '
            . 'speech on the Ferris wheel, looking down at people like dots, is chilling because he sounds so '
            . 'reasonable. The chase through the sewers and the long final shot in the cemetery avenue need no '
            . 'words.</p>'),
        block('list', '<ul><li>Watch for the cat in the doorway.</li><li>Listen to how often the zither '
            . 'stops.</li><li>Count the tilted frames; I gave up at forty.</li></ul>'),
    ]),
    'post_category' => [$categories['reviews'], $categories['classics']],
    'tags_input' => ['Carol Reed', 'film noir', 'Vienna', 'Orson Welles'],
], $now - 5 * $day);

$posts['draft-jeanne-dielman'] = post([
    'post_name' => 'notes-on-jeanne-dielman',
    'post_title' => 'Notes on Jeanne Dielman (draft)',
    'post_status' => 'draft',
    'post_author' => $author,
    'post_content' => paragraphs([
        '<p>Three days in the life of a widow in Brussels, filmed in fixed shots at the height of a seated '
        . 'woman. Potatoes peeled in real time. Write about how the film makes routine suspenseful.</p>',
        '<p>TODO: the dropped spoon, the button, the shoes. Check the running time before publishing.</p>',
    ]),
    'post_category' => [$categories['essays']],
    'tags_input' => ['Chantal Akerman', 'slow cinema'],
], $now - 2 * $day);

$posts['pending-groundhog-day'] = post([
    'post_name' => 'why-i-rewatch-groundhog-day',
    'post_title' => 'Why I rewatch Groundhog Day every February',
    'post_status' => 'pending',
    'post_author' => $author,
    'post_content' => paragraphs([
        '<p>A comedy about a weatherman stuck in the same small-town winter day has become, for me, the best '
        . 'film about practice: piano lessons, ice sculpture, learning everybody\'s name.</p>',
        '<p>Every year I notice a different repetition. This year it was the old man in the alley, and how '
        . 'long it takes Phil to stop walking past him.</p>',
    ]),
    'post_category' => [$categories['essays']],
    'tags_input' => ['comedy', 'rewatching'],
], $now - 1 * $day);

$posts['private-schedule'] = post([
    'post_name' => 'posting-schedule',
    'post_title' => 'Posting schedule (private)',
    'post_status' => 'private',
    'post_author' => $admin,
    'comment_status' => 'closed',
    'post_content' => '<p>Mondays: long reviews. Thursdays: short notes. Edith edits everything before '
        . 'Wednesday night; Arthur covers animation.</p>',
    'post_category' => [$categories['news']],
], $now - 40 * $day);

$posts['future-ozu-week'] = post([
    'post_name' => 'coming-next-a-week-of-ozu',
    'post_title' => 'Coming next: a week of Ozu',
    'post_status' => 'future',
    'post_author' => $editor,
    'post_content' => '<p>Starting next week, one post a day on Yasujirō Ozu, from <em>Tokyo Story</em> to the '
        . 'colour films of the late fifties. Low cameras, train tracks and a great deal of tea.</p>',
    'post_category' => [$categories['news']],
    'tags_input' => ['Ozu', 'Japanese cinema'],
], $now + 7 * $day);

$posts['about'] = post([
    'post_type' => 'page',
    'post_name' => 'about',
    'post_title' => 'About this blog',
    'post_author' => $admin,
    'comment_status' => 'closed',
    'post_content' => '<p>Three friends writing about films they keep coming back to. Reviews go up when '
        . 'they are ready, not when a film opens.</p>',
], $now - 60 * $day);

// Posters: two featured images and one inline image in a post's content.
$media = [];
$media['stalker-poster'] = attach_poster('stalker-poster', 'STALKER', 'Tarkovsky, 1979',
    [86, 74, 48], [24, 30, 22], $posts['stalker'],
    'A sepia gradient with a pale disc and the word Stalker', 'Our own poster for Stalker, made for this blog.');
set_post_thumbnail($posts['stalker'], $media['stalker-poster']);

$media['third-man-poster'] = attach_poster('third-man-poster', 'THE THIRD MAN', 'Reed, 1949',
    [40, 40, 44], [6, 6, 10], $posts['the-third-man'],
    'A black-and-white gradient with the title The Third Man', 'Vienna at night, more or less.');
set_post_thumbnail($posts['the-third-man'], $media['third-man-poster']);

$media['bathhouse-sketch'] = attach_poster('bathhouse-sketch', 'THE BATHHOUSE', 'a sketch',
    [196, 90, 60], [40, 60, 110], $posts['spirited-away'],
    'An orange to blue gradient titled The Bathhouse', 'Dusk over the bathhouse.');
$inline = wp_get_attachment_image($media['bathhouse-sketch'], 'medium', false,
    ['class' => 'wp-image-' . $media['bathhouse-sketch']]);
wp_update_post(wp_slash([
    'ID' => $posts['spirited-away'],
    'post_content' => get_post_field('post_content', $posts['spirited-away'])
        . "\n\n<figure>" . $inline . '<figcaption>Dusk over the bathhouse.</figcaption></figure>',
]));

// --- comments -------------------------------------------------------------------------------------------------

function comment(int $postId, array $fields, int $when, int $parent = 0): int
{
    $gmt = gmdate('Y-m-d H:i:s', $when);
    $fields += [
        'comment_post_ID' => $postId,
        'comment_parent' => $parent,
        'comment_approved' => 1,
        'comment_type' => 'comment',
        'comment_date_gmt' => $gmt,
        'comment_date' => get_date_from_gmt($gmt),
        'comment_agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0',
    ];
    return longhand_check(wp_insert_comment(wp_slash($fields)), 'creating a comment');
}

function visitor(string $name, string $email, string $url = '', string $ip = '192.0.2.10'): array
{
    return ['comment_author' => $name, 'comment_author_email' => $email, 'comment_author_url' => $url,
        'comment_author_IP' => $ip];
}

function member(string $login): array
{
    $user = get_user_by('login', $login);
    return ['user_id' => $user->ID, 'comment_author' => $user->display_name,
        'comment_author_email' => $user->user_email, 'comment_author_url' => '',
        'comment_author_IP' => '127.0.0.1'];
}

$mira = visitor('Mira Kowalczyk', 'mira@example.net', 'https://mira.example.net/', '192.0.2.21');
$tomas = visitor('Tomás Ferreira', 'tomas@example.org', '', '198.51.100.7');
$june = visitor('june', 'june.b@example.com', '', '203.0.113.45');
$spammer = visitor('Best Replica Watches', 'sales@cheap-watch.example', 'http://cheap-watch.example/buy',
    '203.0.113.250');

$comments = [];
$p = $posts['stalker'];
$t = $now - 33 * $day;
$comments['stalker-mira'] = comment($p, $mira + ['comment_content' =>
    'I saw this at a revival screening last winter and the trolley ride really is the hinge. Half the room '
    . 'was asleep by then, the other half did not breathe until the <em>colour</em> came back.'], $t);
$comments['stalker-editor-reply'] = comment($p, member('editor') + ['comment_content' =>
    'That screening sounds perfect. If you have not read it, the novel it comes from, '
    . '<a href="https://en.wikipedia.org/wiki/Roadside_Picnic">Roadside Picnic</a>, is a very different '
    . 'animal: pulpier and angrier.'], $t + 3 * HOUR_IN_SECONDS, $comments['stalker-mira']);
$comments['stalker-mira-again'] = comment($p, $mira + ['comment_content' =>
    'Thanks, adding it to the pile. The Strugatskys also wrote the first draft of the script, I think?'],
    $t + 5 * HOUR_IN_SECONDS, $comments['stalker-editor-reply']);
$comments['stalker-tomas'] = comment($p, $tomas + ['comment_content' =>
    "I have to disagree about the pace.\n\n<blockquote>It is the point where you either give up on the film or "
    . "give yourself to it.</blockquote>\n\nI gave up, twice. Maybe the third time?"], $t + 2 * $day);
$comments['stalker-pending'] = comment($p, $june + ['comment_approved' => 0, 'comment_content' =>
    'does anyone know where the Zone scenes were filmed?? looks like estonia'], $now - 2 * HOUR_IN_SECONDS);
$comments['stalker-spam'] = comment($p, $spammer + ['comment_approved' => 'spam', 'comment_content' =>
    'Great post!!! Luxury watches at 90% off, <a href="http://cheap-watch.example/buy">click here</a> and '
    . '<a href="http://cheap-watch.example/sale">here</a>.'], $now - 6 * HOUR_IN_SECONDS);

$p = $posts['seven-samurai'];
$t = $now - 26 * $day;
$comments['samurai-tomas'] = comment($p, $tomas + ['comment_content' =>
    'The map with the bandits crossed off is such a good idea. Also worth seeing in the original 1.37:1 frame, '
    . 'written <code>1.37:1</code> on the disc box, not the cropped TV prints.'], $t);
$comments['samurai-author-reply'] = comment($p, member('author') + ['comment_content' =>
    'Agreed about the frame. The rain scenes lose a lot when the sides are cut.'], $t + $day,
    $comments['samurai-tomas']);
$comments['samurai-editor-reply'] = comment($p, member('editor') + ['comment_content' =>
    'Fixed the aspect ratio in the post, thanks both.'], $t + $day + 2 * HOUR_IN_SECONDS,
    $comments['samurai-author-reply']);
$comments['samurai-trashed'] = comment($p, $june + ['comment_content' =>
    'first'], $t + 2 * $day);
wp_trash_comment($comments['samurai-trashed']);

$p = $posts['paris-texas'];
$t = $now - 19 * $day;
$comments['paris-mira'] = comment($p, $mira + ['comment_content' =>
    'The <em>walk home from school</em> scene gets me every time. Nobody talks and it says everything.'], $t);
$comments['paris-pending'] = comment($p, $tomas + ['comment_approved' => 0, 'comment_content' =>
    'Small correction: the soundtrack album has more of the Cooder pieces than the film does. See '
    . '<a href="https://www.example.org/paris-texas-soundtrack" title="soundtrack notes">my notes</a>.'],
    $now - 3 * HOUR_IN_SECONDS);

// Held on the author's own post, so the author may moderate it (and not the ones on other posts).
$p = $posts['spirited-away'];
$t = $now - 11 * $day;
$comments['spirited-june'] = comment($p, $june + ['comment_content' =>
    'my kid calls every dust bunny a soot sprite now. thank you miyazaki'], $t);
$comments['spirited-pending'] = comment($p, $mira + ['comment_approved' => 0, 'comment_content' =>
    'No-Face at the dinner table is the scariest scene in any <strong>children\'s</strong> film, and I will '
    . 'not be taking questions.'], $now - 1 * HOUR_IN_SECONDS);

// An imported comment as old blogs hold them: markup WordPress would not accept from a visitor today.
// wp_insert_comment does not filter, so this is what a client must sanitize before showing it.
$p = $posts['the-third-man'];
$comments['third-man-imported'] = comment($p, visitor('Old Import', 'import@example.net', '', '192.0.2.99') + [
    'comment_content' => '<p onclick="alert(1)">Imported from the old blog.</p>'
        . '<img src="http://tracker.example/pixel.gif" width="1" height="1">'
        . '<script>document.title = "pwned"</script><a href="javascript:alert(2)">harmless link</a>',
], $now - 4 * $day);
$comments['third-man-tomas'] = comment($p, $tomas + ['comment_content' =>
    'The cuckoo clock speech was Welles\'s own addition, or so the story goes. Either way it is the line '
    . 'everyone remembers.'], $now - 4 * $day + HOUR_IN_SECONDS);

update_option('longhand_sample_seeded', 1);

$summary = [
    'posts' => $posts,
    'media' => $media,
    'categories' => $categories,
    'comments' => $comments,
];
$json = json_encode($summary, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n";
file_put_contents($state . '/sample.json', $json) or longhand_fail("cannot write $state/sample.json");
echo $json;
