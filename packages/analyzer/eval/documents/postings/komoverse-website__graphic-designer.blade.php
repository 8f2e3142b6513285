@extends('template')
@section('pagemeta')
<title>Careers: Graphic Designer - Komodo Legends</title>
@endsection
@section('content')
        <div class="section-1 container-fluid">
            <div class="row py-5 fade-in">
                <div class="col"></div>
                <div class="col-12 col-md-8 py-5">
                    <div class="card">
                        <div class="card-body whitepaper-wrapper p-5 text-sofia">
<h2>Graphic Designer</h2>
Roles and Responsibilities:
<ul>
    <li>
Create and design various materials for print and digital collateral; infographics for instagram, twitter and posters
    </li>
<li>Handling and redesigning whitepaper from black and white microsoft to a good looking poster</li>

<li>Perform retouching and manipulation of images
</li>
<li>
Work with a wide range of media and use graphic design software  
</li>
<li>
Knowledge of layouts, graphic fundamentals, typography, print, and the web   
</li>
<li>
Knowledge of Adobe PhotoShop, Illustrator, Sketch, InDesign, and other graphic design software
</li>
</ul>
<br>
Plus:
<ul>
    <li>
Familiarity with HTML and CSS preferred        
    </li>
    <li>
Compelling portfolio of work over a wide range of creative projects
    </li>
</ul>

<center>
    <button class="btn btn-lg btn-danger" onclick="location.href='mailto:contact@komodolegends.io?subject=Graphic Designer Application'">
        <i class="fas fa-envelope"></i> &nbsp; Send Your CV and Portfolio
    </button>
</center>

                        </div>
                    </div>
                </div>
                <div class="col"></div>
            </div>
        </div>
@endsection