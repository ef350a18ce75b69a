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
