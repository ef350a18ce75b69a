<?php
/**
 * Must-use plugin of the end-to-end TEST SITE only (never part of the Nearer
 * plugin): WordPress's own pages would otherwise ask other hosts for emoji
 * images and avatars, and hint DNS look-ups for them. The test fails on any
 * request that leaves 127.0.0.1, so the site is set to make none; the
 * plugin's own pages are then checked to add none either.
 *
 * @package Nearer
 */

remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
remove_action( 'embed_head', 'print_emoji_detection_script' );
add_filter( 'emoji_svg_url', '__return_false' );
add_filter( 'pre_option_show_avatars', '__return_zero' );
// The editor's welcome guide shows an animation from another host: the
// coach of this test has closed it before (WordPress 6.1 keeps that choice
// in the browser's localStorage, read when wp-data starts).
add_action(
	'enqueue_block_editor_assets',
	function () {
		$key = 'WP_DATA_USER_' . get_current_user_id();
		wp_add_inline_script(
			'wp-data',
			'(function(){var k=' . wp_json_encode( $key ) . ',d={};try{d=JSON.parse(localStorage.getItem(k))||{};}catch(e){}'
			. 'var p=(d["core/preferences"]=d["core/preferences"]||{}).preferences=(d["core/preferences"].preferences||{});'
			. 'p["core/edit-post"]=Object.assign({welcomeGuide:false},p["core/edit-post"]);localStorage.setItem(k,JSON.stringify(d));})();',
			'before'
		);
	}
);
// Only hints for this site's own host survive.
add_filter(
	'wp_resource_hints',
	function ( $urls ) {
		$own = wp_parse_url( home_url(), PHP_URL_HOST );
		return array_values(
			array_filter(
				$urls,
				function ( $url ) use ( $own ) {
					$href = is_array( $url ) ? ( isset( $url['href'] ) ? $url['href'] : '' ) : $url;
					return wp_parse_url( $href, PHP_URL_HOST ) === $own;
				}
			)
		);
	}
);
