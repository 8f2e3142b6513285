import React from "react";
import Link from "gatsby-link";
import DefaultLayout from "layouts/DefaultLayout";
import CareerBenefits from "components/Careers/CareerBenefits";
import classnames from "classnames";
import Meta from "components/Meta";

export default function MarketingManager() {
    return (
        <DefaultLayout>
            <div className="career-page">
                <Meta
                 title="Inbound Marketing Manager"
                 description="Join our team of superheroes"
                />
                <div className="job">
                    <div className="container m-top-7">
                        <div className="row">
                            <div className="col-xs-12 text-center">
                                <h3>Inbound Marketing Manager</h3>
                            </div>
                        </div>
                        <div className="row text-center job-subtitle m-top-2">
                            <div className="col-xs-4 col-md-2 col-md-offset-2 secondary-text text-muted">
                                Full-time
                            </div>
                            <div className="col-xs-4 col-md-3 secondary-text text-muted">
                                Marketing team: 5-10 people
                            </div>
                            <div className="col-xs-4 col-md-3 secondary-text text-muted">
                                Sofia / Dublin / Remote
                            </div>
                        </div>

                        <div className="row content job-text m-top-6">
                            <div className="col-md-8 col-md-offset-2">
                                <p>
                                    Enhancv is a growth stage B2C startup founded in 2014. Today,
                                    we’re a team of 16 passionately driven people. Spread across
                                    Sofia and Dublin we're united around the idea that everyone
                                    deserves a meaningful professional path. To make that happen,
                                    we've built a web platform for creating modern CVs. Our tool
                                    helps people highlight their achievements, attitude, and
                                    personality, so they can tell their story with confidence.
                                    Together with our users we make success stories –{" "}
                                    <a
                                     href="/successful-resumes"
                                     target="_blank">
                                        see how Sam got hired at Spotify.
                                    </a>
                                </p>
                                <p>
                                    We’re proud of our experimentation mentality and data-driven
                                    culture. We know how to grow from $3k to $70k MRR in five weeks
                                    with zero budget. We’ve now reached the next level, though, and
                                    we’re looking for an <b> Inbound Marketing Manager</b> to help
                                    us triple our organic and referral traffic.
                                </p>
                                <p>
                                    Come work with us in one of our offices (Sofia and Dublin), or
                                    join us remotely in the time zones between GMT and GMT+3.
                                </p>

                                <p className="m-top-5">
                                    <strong>What’s the challenge we’re facing:</strong>
                                </p>

                                <p>
                                    We have an impressive product and a talented Marketing team.
                                    However, while we’re doing great in some areas, we still need to
                                    improve in others.
                                </p>
                                <p>
                                    We can confidently say that we produce high-quality content
                                    (check our{" "}
                                    <a
                                     href="https://blog.enhancv.com"
                                     target="_blank">
                                        blog
                                    </a>{" "}
                                    or{" "}
                                    <a
                                     href="/successful-resumes"
                                     target="_blank">
                                        Successful Resumes
                                    </a>{" "}
                                    page). We’ve also been featured in top media like{" "}
                                    <a
                                     href="http://www.businessinsider.com/a-sample-resume-for-marissa-mayer-2016-7?IR=T"
                                     target="_blank">
                                        Business Insider
                                    </a>,{" "}
                                    <a
                                     href="https://www.fastcompany.com/40590504/being-a-rupauls-drag-race-superfan-got-me-my-dream-internship"
                                     target="_blank">
                                        Fast Company
                                    </a>,{" "}
                                    <a
                                     href="https://www.inc.com/john-brandon/check-out-this-automated-resume-builder-it-could-help-former-president-obama-get.html"
                                     target="_blank">
                                        Inc.{" "}
                                    </a>,{" "}
                                    <a
                                     href="https://www.glassdoor.com/blog/transitioning-careers-lgbt/"
                                     target="_blank">
                                        Glassdoor
                                    </a>, you name it. Even so, there’s still a long way to go in
                                    terms of organic search traffic and backlinks. Addressing this
                                    challenge is where your role comes in. It’s an exciting but also
                                    responsible job, as it has direct impact on our company growth.
                                </p>

                                <p className="m-top-4">
                                    <strong>What you’ll be doing:</strong>
                                </p>
                                <ul>
                                    <li>
                                        Above all, we need you to help us level up and integrate our
                                        SEO, PR and Content into a coherent strategy, allowing for
                                        these pieces to reinforce each other;
                                    </li>
                                    <li>
                                        You will help us grow our organic, referral, and direct
                                        traffic 3x, 5x, maybe even 10x;
                                    </li>
                                    <li>
                                        You’ll coordinate between team members to iterate on and
                                        execute these strategies performing experiments and sharing
                                        learnings on a weekly basis;
                                    </li>
                                    <li>
                                        You’ll own your domain, tracking and optimizing its
                                        performance;
                                    </li>
                                    <li>
                                        We’d also like you to roll up your sleeves to bring quality
                                        organic traffic: running end-to-end campaigns to build
                                        backlinks and find content and keyword opportunities;
                                    </li>
                                    <li>
                                        You’d work directly with our CMO{" "}
                                        <a
                                         href="https://app.enhancv.com/r/166aca3e/?utm_medium=growth&utm_campaign=ask-feedback&utm_source=dynamic"
                                         target="_blank">
                                            Vessy Tasheva
                                        </a>{" "}
                                        and the rest of our Marketing team:{" "}
                                        <a
                                         href="https://app.enhancv.com/r/27c2f602/?utm_medium=growth&utm_campaign=ask-feedback&utm_source=dynamic"
                                         target="_blank">
                                            Vassilena Valchanova
                                        </a>,{" "}
                                        <a
                                         href="https://blog.enhancv.com/wp-content/uploads/2018/04/EricDavidHalseyResume.jpg"
                                         target="_blank">
                                            Eric Halsey
                                        </a>,{" "}
                                        <a
                                         href="https://app.enhancv.com/r/d0db1aef/?utm_medium=growth&utm_campaign=ask-feedback&utm_source=dynamic"
                                         target="_blank">
                                            Dean O’Reilly
                                        </a>,{" "}
                                        <a
                                         href="https://app.enhancv.com/r/3b7c9f58/?utm_medium=growth&utm_campaign=ask-feedback&utm_source=dynamic"
                                         target="_blank">
                                            Tatiana Rehmova
                                        </a>, and{" "}
                                        <a
                                         href="https://dribbble.com/RadostinaG"
                                         target="_blank">
                                            Radostina Georgieva.
                                        </a>
                                    </li>
                                </ul>
                                <p />
                                <p className="m-top-4">
                                    <strong>About you:</strong>
                                </p>

                                <ul>
                                    <li>
                                        You have a success track record as a Content Strategist,
                                        Outreach Marketer, SEO Manager, SEO PR Expert, or Inbound
                                        Marketer from another B2C tech company;
                                    </li>
                                    <li>
                                        You’re customer-centric. You’re not looking for “hacks”, but
                                        for a sustainable and well-thought approach to reach as many
                                        people as possible who fall in our target audience and would
                                        benefit from the content we create;
                                    </li>
                                    <li>
                                        You’re convinced that data is beautiful and you probably
                                        like analytics tools a bit too much;
                                    </li>
                                    <li>
                                        You have good sales skills without being ‘salesy’: you’re
                                        genuinely interested in understanding customers so you can
                                        bring them value;
                                    </li>
                                    <li>
                                        You’re so fluent in English you can watch an Aaron Sorkin
                                        show without subtitles.
                                    </li>
                                </ul>
                                <p />

                                <p className="m-top-4">
                                    <strong>What it’s like to work with us:</strong>
                                </p>

                                <p>
                                    People at Enhancv choose to be here because of our shared values
                                    and passion for learning. We work in autonomous,
                                    cross-functional mini-teams, each of them looking to solve a
                                    specific business challenge, e.g. growing new unpaid traffic
                                    (which we affectionately call NUT), improving our CAC:LTV ratio,
                                    developing new resume templates, etc. Creative freedom and the
                                    drive to have a meaningful contribution – to the company and to
                                    the world – is what helped us succeed so far and what will
                                    continue to be part of our DNA as we grow.
                                </p>

                                <p className="m-top-4">
                                    <strong>Does it sound exciting?</strong> Send us your CV at{" "}
                                    <a href={"mailto:work@enhancv.com"}>work@enhancv.com</a> and
                                    tell us your story. We’d love to hear from you!
                                </p>

                                <p className="m-top-5">
                                    <strong>
                                        Enhancv is an equal opportunity employer. Have a look at{" "}
                                        <a
                                         href="https://www.fastcompany.com/40590504/being-a-rupauls-drag-race-superfan-got-me-my-dream-internship"
                                         target="_blank">
                                            how we strive for inclusivity
                                        </a>{" "}
                                        and have built a team of 5 different nationalities. As the
                                        saying goes, it takes all kinds to make a world, and we’re
                                        looking forward to see how you would add to our unique
                                        blend.
                                    </strong>
                                </p>
                            </div>
                        </div>

                        <div className="row">
                            <div className="col-md-10 col-md-offset-1 text-center">
                                <div className="row">
                                    <div className="info-group no-top">
                                        <div className="col-xs-12 text-center main-text">
                                            Why join Enhancv
                                        </div>
                                    </div>
                                </div>
                                <CareerBenefits />
                            </div>
                        </div>
                        <div className="row">
                            <div className="col-xs-12 text-center">
                                <Link
                                 to="/careers"
                                 className="btn btn-link go-back m-top-3 m-bottom-2">
                                    <i className="icon icon-angle-left" /> Back to Careers
                                </Link>
                            </div>
                        </div>
                    </div>
                </div>
                <div className="homepage-cta">
                    <div
                     className="container"
                     style={{ height: "300px" }}>
                        <div className="Grid">
                            <div className="Grid Grid-cell Grid--alignCenter text-center">
                                <div className="Grid-cell">
                                    <h2 className="m-top-no">Learn more about us</h2>
                                    <Link
                                     to="/about"
                                     className="btn btn-default btn-lg m-top-2">
                                        View here
                                    </Link>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </DefaultLayout>
    );
}
